#pragma once

#include "core/Agent.h"
#include "core/Message.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kefu {

// A workbench → gateway command waiting in the outbox (protocol v1 §6).
enum class OutboxKind { MessageSend, MessageRead, ConversationClose, ConversationTransfer, Presence };

QString outboxKindKey(OutboxKind kind);  // "message_send", "message_read", … as stored
std::optional<OutboxKind> outboxKindFromKey(QStringView key);

struct OutboxEntry {
    qint64 id = 0;
    OutboxKind kind = OutboxKind::MessageSend;
    qint64 conversationId = 0;      // 0 for presence
    QString gatewayConversationId;  // empty when the conversation did not come from the gateway (demo/local)
    qint64 messageId = 0;           // MessageSend
    QString clientMessageId;        // MessageSend
    MessageKind messageKind = MessageKind::Text;
    QString body;                                // MessageSend
    QString gatewayMessageId;                    // MessageRead: the newest buyer message read
    QString toAgentNick, reason;                 // ConversationTransfer
    AgentStatus presence = AgentStatus::Online;  // Presence
    int attempts = 0;
    qint64 createdAtMs = 0;

    // The frame `id` the gateway de-duplicates a command by and quotes as `ref` (protocol §6). The row id alone
    // repeats across stores (a second install, a fresh database start again at 1), so the creation time goes first.
    QString frameId() const;
};

}  // namespace kefu
