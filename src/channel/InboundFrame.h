#pragma once

// Gateway → workbench frames of protocol v1 (docs/protocol.md). `id` is the envelope's optional frame id (empty when
// absent); `seq` orders the frames whose effect the workbench persists and acknowledges.
#include "channel/HeartbeatFrame.h"
#include "core/Conversation.h"
#include "core/Message.h"
#include "core/Money.h"
#include "core/RefundStatus.h"
#include "core/TradeStatus.h"

#include <QString>
#include <QtGlobal>

#include <optional>
#include <string_view>
#include <variant>

namespace kefu {

struct HelloFrame {
    static constexpr std::string_view kType = "hello";
    QString id;
    QString shopNick;  // the seller nick the gateway serves
    QString shopName;
    qint64 heartbeatIntervalMs = 15000;
    qint64 serverTimeMs = 0;
    bool operator==(const HelloFrame&) const = default;
};

struct ConversationOpenedFrame {
    static constexpr std::string_view kType = "conversation.opened";
    QString id;
    qint64 seq = 0;
    QString conversationId;  // the gateway's conversation id
    QString buyerNick;
    Channel channel = Channel::Tmall;
    qint64 openedAtMs = 0;
    bool operator==(const ConversationOpenedFrame&) const = default;
};

// A buyer's message or a platform notice; an agent's own reply comes back as MessageAckedFrame instead.
struct MessageCreatedFrame {
    static constexpr std::string_view kType = "message.created";
    QString id;
    qint64 seq = 0;
    QString gatewayMessageId;
    QString conversationId;
    QString buyerNick;
    MessageKind kind = MessageKind::Text;
    QString body;  // text; a product card's numIid; an order card's tid; an image's URL
    qint64 sentAtMs = 0;
    bool operator==(const MessageCreatedFrame&) const = default;
};

// The platform's answer to a message.send: Sent/Delivered with the platform's id and time, or Failed with a reason.
struct MessageAckedFrame {
    static constexpr std::string_view kType = "message.acked";
    QString id;
    qint64 seq = 0;
    QString clientMessageId;
    MessageStatus status = MessageStatus::Sent;  // never Queued
    QString gatewayMessageId;                    // Sent/Delivered only
    qint64 sentAtMs = 0;                         // Sent/Delivered only
    QString reason;                              // Failed only, in Chinese from the platform (违禁词 …)
    bool operator==(const MessageAckedFrame&) const = default;
};

struct OrderUpdatedFrame {
    static constexpr std::string_view kType = "order.updated";
    QString id;
    qint64 seq = 0;
    QString tid;
    QString buyerNick;
    TradeStatus status = TradeStatus::WaitBuyerPay;
    Money payment;
    qint64 modifiedAtMs = 0;
    bool operator==(const OrderUpdatedFrame&) const = default;
};

struct RefundUpdatedFrame {
    static constexpr std::string_view kType = "refund.updated";
    QString id;
    qint64 seq = 0;
    QString refundId;
    QString tid;
    QString oid;
    QString buyerNick;
    AfterSaleType type = AfterSaleType::RefundOnly;
    RefundStatus status = RefundStatus::WaitSellerAgree;
    Money refundFee;
    QString reason;  // optional: empty when the buyer gave none
    qint64 modifiedAtMs = 0;
    bool operator==(const RefundUpdatedFrame&) const = default;
};

struct ConversationTransferredFrame {
    static constexpr std::string_view kType = "conversation.transferred";
    QString id;
    qint64 seq = 0;
    QString conversationId;
    QString fromAgentNick;  // optional: empty when the platform routed an unassigned conversation
    QString toAgentNick;
    QString reason;  // optional
    qint64 transferredAtMs = 0;
    bool operator==(const ConversationTransferredFrame&) const = default;
};

struct ErrorFrame {
    static constexpr std::string_view kType = "error";
    QString id;
    QString code;        // an open set of stable keys: auth_failed, bad_frame, unknown_conversation …
    QString message;     // for the agent, in Chinese
    QString detail;      // optional: technical detail for the log ("[wrong_type] message.send: field 'body' …")
    QString ref;         // optional: the id (or client_message_id) of the workbench frame it answers
    bool fatal = false;  // the gateway closes the connection after a fatal error
    bool operator==(const ErrorFrame&) const = default;
};

using InboundFrame =
    std::variant<HelloFrame, ConversationOpenedFrame, MessageCreatedFrame, MessageAckedFrame, OrderUpdatedFrame,
                 RefundUpdatedFrame, ConversationTransferredFrame, ErrorFrame, PingFrame, PongFrame>;

std::string_view frameType(const InboundFrame& frame);
// The seq of a frame the workbench must persist and ack; empty for hello, error, ping and pong.
std::optional<qint64> sequenceOf(const InboundFrame& frame);

}  // namespace kefu
