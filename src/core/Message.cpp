#include "core/Message.h"

#include "core/EnumLookup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qsizetype kPreviewMaxChars = 60;  // what fits on one inbox row, the ellipsis included

QString textPreview(const QString& body) {
    QStringView line = QStringView(body).trimmed();
    const qsizetype lineEnd = line.indexOf(u'\n');
    if (lineEnd >= 0) {
        line = line.first(lineEnd).trimmed();
    }
    if (line.size() <= kPreviewMaxChars) {
        return line.toString();
    }
    qsizetype cut = kPreviewMaxChars - 1;
    if (line[cut - 1].isHighSurrogate()) {
        --cut;  // never split an emoji or a rare character in half
    }
    return line.first(cut) % u'…';
}

}  // namespace

QString messageDirectionKey(MessageDirection d) {
    switch (d) {
        case MessageDirection::Buyer:
            return u"buyer"_s;
        case MessageDirection::Agent:
            return u"agent"_s;
        case MessageDirection::System:
            return u"system"_s;
    }
    return {};
}

std::optional<MessageDirection> messageDirectionFromKey(QStringView key) {
    return enumFromKey(allMessageDirections(), &messageDirectionKey, key);
}

QString messageKindKey(MessageKind k) {
    switch (k) {
        case MessageKind::Text:
            return u"text"_s;
        case MessageKind::Image:
            return u"image"_s;
        case MessageKind::ProductCard:
            return u"product_card"_s;
        case MessageKind::OrderCard:
            return u"order_card"_s;
        case MessageKind::SystemNotice:
            return u"system_notice"_s;
    }
    return {};
}

std::optional<MessageKind> messageKindFromKey(QStringView key) {
    return enumFromKey(allMessageKinds(), &messageKindKey, key);
}

QString messageStatusKey(MessageStatus s) {
    switch (s) {
        case MessageStatus::Queued:
            return u"queued"_s;
        case MessageStatus::Sent:
            return u"sent"_s;
        case MessageStatus::Delivered:
            return u"delivered"_s;
        case MessageStatus::Failed:
            return u"failed"_s;
    }
    return {};
}

std::optional<MessageStatus> messageStatusFromKey(QStringView key) {
    return enumFromKey(allMessageStatuses(), &messageStatusKey, key);
}

QString messageStatusLabel(MessageStatus s) {
    switch (s) {
        case MessageStatus::Queued:
            return QCoreApplication::translate("kefu::Labels", "发送中");
        case MessageStatus::Sent:
            return QCoreApplication::translate("kefu::Labels", "已发送");
        case MessageStatus::Delivered:
            return QCoreApplication::translate("kefu::Labels", "已送达");
        case MessageStatus::Failed:
            return QCoreApplication::translate("kefu::Labels", "发送失败");
    }
    return {};
}

QList<MessageDirection> allMessageDirections() {
    return {MessageDirection::Buyer, MessageDirection::Agent, MessageDirection::System};
}

QList<MessageKind> allMessageKinds() {
    return {MessageKind::Text, MessageKind::Image, MessageKind::ProductCard, MessageKind::OrderCard,
            MessageKind::SystemNotice};
}

QList<MessageStatus> allMessageStatuses() {
    return {MessageStatus::Queued, MessageStatus::Sent, MessageStatus::Delivered, MessageStatus::Failed};
}

QString messagePreview(MessageKind kind, const QString& body) {
    switch (kind) {
        case MessageKind::Text:
            return textPreview(body);
        case MessageKind::Image:
            return QCoreApplication::translate("kefu::Labels", "[图片]");
        case MessageKind::ProductCard:
            return QCoreApplication::translate("kefu::Labels", "[商品卡片]");
        case MessageKind::OrderCard:
            return QCoreApplication::translate("kefu::Labels", "[订单卡片]");
        case MessageKind::SystemNotice:
            return body;
    }
    return {};
}

}  // namespace kefu
