#include "core/Conversation.h"

#include "core/EnumLookup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

QString channelLabel(Channel channel) {
    switch (channel) {
        case Channel::Taobao:
            return QCoreApplication::translate("kefu::Labels", "淘宝");
        case Channel::Tmall:
            return QCoreApplication::translate("kefu::Labels", "天猫");
        case Channel::Qianniu:
            return QCoreApplication::translate("kefu::Labels", "千牛");
        case Channel::Other:
            return QCoreApplication::translate("kefu::Labels", "其他");
    }
    return {};
}

QString channelKey(Channel channel) {
    switch (channel) {
        case Channel::Taobao:
            return u"taobao"_s;
        case Channel::Tmall:
            return u"tmall"_s;
        case Channel::Qianniu:
            return u"qianniu"_s;
        case Channel::Other:
            return u"other"_s;
    }
    return {};
}

std::optional<Channel> channelFromKey(QStringView key) {
    return enumFromKey(allChannels(), &channelKey, key);
}

QString conversationStatusLabel(ConversationStatus status) {
    switch (status) {
        case ConversationStatus::Waiting:
            return QCoreApplication::translate("kefu::Labels", "待回复");
        case ConversationStatus::InProgress:
            return QCoreApplication::translate("kefu::Labels", "处理中");
        case ConversationStatus::Closed:
            return QCoreApplication::translate("kefu::Labels", "已结束");
    }
    return {};
}

QString conversationStatusKey(ConversationStatus status) {
    switch (status) {
        case ConversationStatus::Waiting:
            return u"waiting"_s;
        case ConversationStatus::InProgress:
            return u"in_progress"_s;
        case ConversationStatus::Closed:
            return u"closed"_s;
    }
    return {};
}

std::optional<ConversationStatus> conversationStatusFromKey(QStringView key) {
    return enumFromKey(allConversationStatuses(), &conversationStatusKey, key);
}

QList<Channel> allChannels() {
    return {Channel::Taobao, Channel::Tmall, Channel::Qianniu, Channel::Other};
}

QList<ConversationStatus> allConversationStatuses() {
    return {ConversationStatus::Waiting, ConversationStatus::InProgress, ConversationStatus::Closed};
}

}  // namespace kefu
