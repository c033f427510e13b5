#pragma once

#include "core/Agent.h"
#include "core/Message.h"
#include "core/Result.h"
#include "store/AppendResult.h"
#include "store/OutboxEntry.h"
#include "store/StatementCache.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <QtGlobal>

namespace kefu {

class Database;

// Workbench → gateway commands that must survive a restart (protocol v1 §6, §8), oldest first. A reply's text
// stays in its message row; its outbox row goes when the gateway's message.acked arrives (InboundApplier).
class OutboxRepository {
public:
    explicit OutboxRepository(Database& db);

    // The agent's reply (direction Agent, status Queued, a fresh client message id unless one is set) and its
    // outbox row, in one transaction. Exactly-once: a reply whose client id is already stored changes nothing.
    Result<AppendResult> enqueueReply(const Message& reply);
    Status enqueueRead(qint64 conversationId, qint64 nowMs);  // no-op when no buyer message has a gateway id
    // Both are no-ops for a conversation without a gateway id (local/demo): there is nobody to tell.
    Status enqueueClose(qint64 conversationId, qint64 nowMs);
    Status enqueueTransfer(qint64 conversationId, const QString& toAgentNick, const QString& reason, qint64 nowMs);
    Status enqueuePresence(AgentStatus status, qint64 nowMs);     // replaces a presence not yet sent
    Result<QList<OutboxEntry>> pending(int limit = 500);          // oldest first
    Status markAttempted(const QList<qint64>& ids, qint64 atMs);  // attempts + 1
    // Commands the gateway has provably processed (the pong to a ping written after them), or refused for good.
    Status remove(const QList<qint64>& ids);
    // A command whose row went on a pong, then refused for now by an `error` that arrived after that pong
    // (rate_limited): queued again at the end with its content, attempts and created_at, under a new id. A read or
    // presence is not when a newer one of its kind (later created_at, or the same and a higher id) waits, and
    // replaces the older ones that wait; InvalidInput for a reply (its row stays until its message.acked).
    Status requeue(const OutboxEntry& entry);
    // The gateway answered this reply (message.acked): its row goes. No-op when there is none.
    Status removeForMessage(qint64 messageId);
    // A reply that can never go out (conversation without a gateway id): marked Failed with this reason, row removed.
    Status failReply(qint64 outboxId, const QString& reason);
    // 重发 of a Failed reply: Queued again under a NEW client message id (the gateway answers a known id with the
    // same result), with a new outbox row; one transaction. InvalidInput when the message is not a failed reply.
    Status retryReply(qint64 messageId, qint64 nowMs);
    Result<int> count();
    // Replies among them: what the agent calls 待发送 (read marks and presence are housekeeping).
    Result<int> countReplies();

    static QString newClientMessageId();  // "c-<uuid>": a gateway id (protocol v1 §4)

private:
    Status insertRow(const OutboxEntry& entry);
    Status insertForGatewayConversation(const OutboxEntry& entry);
    Result<QString> gatewayConversationId(qint64 conversationId);
    Result<bool> replaceOlderOfItsKind(const OutboxEntry& entry);
    Status dropWaitingOfItsKind(const OutboxEntry& entry);  // a presence or a read only
    Status forEachId(const QList<qint64>& ids, const QString& sql, const QVariantList& leading);

    Database& m_db;
    StatementCache m_statements;
};

}  // namespace kefu
