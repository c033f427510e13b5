#pragma once

#include <QString>

namespace kefu {

// The system message a conversation.transferred leaves in the chat: "已由 A 转接给 B：原因".
class TransferNotice {
public:
    // `fromAgentNick` and `reason` may be empty (the platform routed it; no reason given).
    static QString text(const QString& fromAgentNick, const QString& toAgentNick, const QString& reason);
};

}  // namespace kefu
