#pragma once

#include <QString>

namespace kefu {

// The system message a conversation.transferred leaves in the chat: "已由 A 转接给 B：原因".
class TransferNotice {
public:
    // `fromAgentNick` and `reason` may be empty (the platform routed it; no reason given).
    static QString text(const QString& fromAgentNick, const QString& toAgentNick, const QString& reason);
    // The notice's stored gateway message id: one per transfer (conversation + time), so a conversation.transferred
    // sent again under a new seq (stream_reset) adds no second notice. A system message: never sent in message.read.
    static QString noticeId(const QString& gatewayConversationId, qint64 transferredAtMs);
};

}  // namespace kefu
