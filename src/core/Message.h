#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kefu {

enum class MessageDirection { Buyer, Agent, System };
enum class MessageKind { Text, Image, ProductCard, OrderCard, SystemNotice };
enum class MessageStatus { Queued, Sent, Delivered, Failed };

QString messageDirectionKey(MessageDirection d);  // "buyer", "agent", "system"
std::optional<MessageDirection> messageDirectionFromKey(QStringView key);
QString messageKindKey(MessageKind k);  // "text", "image", "product_card", "order_card", "system_notice"
std::optional<MessageKind> messageKindFromKey(QStringView key);
QString messageStatusKey(MessageStatus s);  // "queued", "sent", "delivered", "failed"
std::optional<MessageStatus> messageStatusFromKey(QStringView key);
QString messageStatusLabel(MessageStatus s);  // 发送中 已发送 已送达 发送失败
QList<MessageDirection> allMessageDirections();
QList<MessageKind> allMessageKinds();
QList<MessageStatus> allMessageStatuses();
QString messagePreview(MessageKind kind, const QString& body);  // "[商品卡片]" etc. for non-text, first line for text

struct Message {
    qint64 id = 0;
    qint64 conversationId = 0;
    MessageDirection direction = MessageDirection::Buyer;
    MessageKind kind = MessageKind::Text;
    QString body;              // text; for cards, the card's payload (a product numIid or an order tid)
    QString gatewayMessageId;  // unique per channel; empty for local messages not yet sent
    QString clientMessageId;   // set by the workbench for agent replies (de-duplication on resend)
    MessageStatus status = MessageStatus::Delivered;
    qint64 sentAtMs = 0;
    std::optional<qint64> agentId;
    QString failureReason;  // a Failed reply: the platform's reason (消息包含违禁词 …), shown beside 发送失败
};

}  // namespace kefu
