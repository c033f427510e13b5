#include "store/OutboxRepository.h"

#include "store/Database.h"
#include "store/MessageRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

QString readFailed() {
    return QCoreApplication::translate("kefu::Store", "无法读取待发送队列");
}

QString saveFailed() {
    return QCoreApplication::translate("kefu::Store", "无法保存待发送队列");
}

// StatementCache binds a null QString as ''; a null of another type binds NULL.
QVariant sqlNull() {
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullIfZero(qint64 id) {
    return id != 0 ? QVariant(id) : sqlNull();
}

QVariant nullIfEmpty(const QString& text) {
    return text.isEmpty() ? sqlNull() : QVariant(text);
}

// Columns 0..13 of pending(): the row, its conversation's gateway id and, for a reply, the message it sends.
constexpr QLatin1StringView kSelectPending{
    "SELECT o.id, o.kind, o.conversation_id, c.gateway_conversation_id, o.message_id, m.client_message_id, m.kind, "
    "m.body, o.gateway_message_id, o.to_agent_nick, o.reason, o.presence, o.attempts, o.created_at_ms "
    "FROM outbox o LEFT JOIN conversation c ON c.id = o.conversation_id LEFT JOIN message m ON m.id = o.message_id "
    "ORDER BY o.id LIMIT ?"};

OutboxEntry readEntry(const QSqlQuery& q) {
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.kind = outboxKindFromKey(q.value(1).toString()).value_or(OutboxKind::MessageSend);
    e.conversationId = q.value(2).toLongLong();
    e.gatewayConversationId = q.value(3).toString();
    e.messageId = q.value(4).toLongLong();
    e.clientMessageId = q.value(5).toString();
    e.messageKind = messageKindFromKey(q.value(6).toString()).value_or(MessageKind::Text);
    e.body = q.value(7).toString();
    e.gatewayMessageId = q.value(8).toString();
    e.toAgentNick = q.value(9).toString();
    e.reason = q.value(10).toString();
    e.presence = agentStatusFromKey(q.value(11).toString()).value_or(AgentStatus::Online);
    e.attempts = q.value(12).toInt();
    e.createdAtMs = q.value(13).toLongLong();
    return e;
}

// The rows a presence or a read replaces while they wait: every presence (the agent has one status), the reads of
// the same conversation (reading is cumulative). Only those two kinds are ever replaced.
struct SameKind {
    QString where;
    QVariantList values;
};

SameKind sameKindAs(const OutboxEntry& entry) {
    if (entry.kind == OutboxKind::Presence) {
        return {u"kind = 'presence'"_s, {}};
    }
    return {u"kind = 'message_read' AND conversation_id = ?"_s, {entry.conversationId}};
}

Error notAFailedReply(qint64 messageId) {
    return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "只有发送失败的回复可以重发"),
                 u"message %1 is not a failed agent reply"_s.arg(messageId)};
}

}  // namespace

OutboxRepository::OutboxRepository(Database& db) : m_db(db), m_statements(db.connection()) {}

QString OutboxRepository::newClientMessageId() {
    return u"c-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status OutboxRepository::insertRow(const OutboxEntry& e) {
    auto q = m_statements.exec(
        u"INSERT INTO outbox (kind, conversation_id, message_id, gateway_message_id, to_agent_nick, reason, presence, "
        "attempts, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {outboxKindKey(e.kind), nullIfZero(e.conversationId), nullIfZero(e.messageId), nullIfEmpty(e.gatewayMessageId),
         e.toAgentNick, e.reason, e.kind == OutboxKind::Presence ? QVariant(agentStatusKey(e.presence)) : sqlNull(),
         e.attempts, e.createdAtMs},
        saveFailed());
    if (!q) {
        return q.error();
    }
    (*q)->finish();
    return {};
}

Result<AppendResult> OutboxRepository::enqueueReply(const Message& reply) {
    Message m = reply;
    m.direction = MessageDirection::Agent;
    m.status = MessageStatus::Queued;
    m.gatewayMessageId.clear();
    if (m.clientMessageId.isEmpty()) {
        m.clientMessageId = newClientMessageId();
    }
    AppendResult result;
    const Status done = m_db.transaction([&]() -> Status {
        MessageRepository messages(m_db);
        auto appended = messages.append(m);
        if (!appended) {
            return appended.error();
        }
        result = *appended;
        if (!result.inserted) {
            return {};
        }
        OutboxEntry e;
        e.kind = OutboxKind::MessageSend;
        e.conversationId = m.conversationId;
        e.messageId = result.id;
        e.createdAtMs = m.sentAtMs;
        return insertRow(e);
    });
    if (!done) {
        return done.error();
    }
    return result;
}

Result<QString> OutboxRepository::gatewayConversationId(qint64 conversationId) {
    auto q = m_statements.exec(u"SELECT gateway_conversation_id FROM conversation WHERE id = ?"_s, {conversationId},
                               readFailed());
    if (!q) {
        return q.error();
    }
    const bool found = (*q)->next();
    const QString id = found ? (*q)->value(0).toString() : QString();
    (*q)->finish();
    if (!found) {
        return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::Store", "会话不存在或已被删除"),
                     u"conversation id %1"_s.arg(conversationId)};
    }
    return id;
}

Status OutboxRepository::enqueueRead(qint64 conversationId, qint64 nowMs) {
    return m_db.transaction([&]() -> Status {
        auto newest = m_statements.exec(
            u"SELECT gateway_message_id FROM message WHERE conversation_id = ? AND direction = 'buyer' "
            "AND gateway_message_id IS NOT NULL ORDER BY id DESC LIMIT 1"_s,
            {conversationId}, readFailed());
        if (!newest) {
            return newest.error();
        }
        const QString gatewayMessageId = (*newest)->next() ? (*newest)->value(0).toString() : QString();
        (*newest)->finish();
        if (gatewayMessageId.isEmpty()) {
            return {};
        }
        OutboxEntry e;
        e.kind = OutboxKind::MessageRead;
        e.conversationId = conversationId;
        e.gatewayMessageId = gatewayMessageId;
        e.createdAtMs = nowMs;
        // Reading is cumulative: a newer read replaces one of the same conversation that has not gone out yet.
        if (Status dropped = dropWaitingOfItsKind(e); !dropped) {
            return dropped;
        }
        return insertRow(e);
    });
}

Status OutboxRepository::enqueueClose(qint64 conversationId, qint64 nowMs) {
    OutboxEntry e;
    e.kind = OutboxKind::ConversationClose;
    e.conversationId = conversationId;
    e.createdAtMs = nowMs;
    return insertForGatewayConversation(e);
}

Status OutboxRepository::enqueueTransfer(qint64 conversationId, const QString& toAgentNick, const QString& reason,
                                         qint64 nowMs) {
    OutboxEntry e;
    e.kind = OutboxKind::ConversationTransfer;
    e.conversationId = conversationId;
    e.toAgentNick = toAgentNick;
    e.reason = reason;
    e.createdAtMs = nowMs;
    return insertForGatewayConversation(e);
}

// A local (demo) conversation has nobody to tell: nothing is queued for it.
Status OutboxRepository::insertForGatewayConversation(const OutboxEntry& entry) {
    auto gatewayId = gatewayConversationId(entry.conversationId);
    if (!gatewayId) {
        return gatewayId.error();
    }
    return gatewayId->isEmpty() ? Status{} : insertRow(entry);
}

Status OutboxRepository::enqueuePresence(AgentStatus status, qint64 nowMs) {
    return m_db.transaction([&]() -> Status {
        OutboxEntry e;
        e.kind = OutboxKind::Presence;
        e.presence = status;
        e.createdAtMs = nowMs;
        if (Status dropped = dropWaitingOfItsKind(e); !dropped) {
            return dropped;
        }
        return insertRow(e);
    });
}

Result<QList<OutboxEntry>> OutboxRepository::pending(int limit) {
    auto q = m_statements.exec(QString(kSelectPending), {limit}, readFailed());
    if (!q) {
        return q.error();
    }
    QList<OutboxEntry> entries;
    while ((*q)->next()) {
        entries.append(readEntry(**q));
    }
    (*q)->finish();
    return entries;
}

Status OutboxRepository::forEachId(const QList<qint64>& ids, const QString& sql, const QVariantList& leading) {
    return m_db.transaction([&]() -> Status {
        for (const qint64 id : ids) {
            auto q = m_statements.exec(sql, leading + QVariantList{id}, saveFailed());
            if (!q) {
                return q.error();
            }
            (*q)->finish();
        }
        return {};
    });
}

Status OutboxRepository::markAttempted(const QList<qint64>& ids, qint64 atMs) {
    return forEachId(ids, u"UPDATE outbox SET attempts = attempts + 1, last_attempt_at_ms = ? WHERE id = ?"_s, {atMs});
}

Status OutboxRepository::remove(const QList<qint64>& ids) {
    return forEachId(ids, u"DELETE FROM outbox WHERE id = ?"_s, {});
}

Status OutboxRepository::requeue(const OutboxEntry& entry) {
    if (entry.kind == OutboxKind::MessageSend) {
        return Error{ErrorCode::InvalidInput, saveFailed(), u"a reply keeps its outbox row until message.acked"_s};
    }
    return m_db.transaction([&]() -> Status {
        if (entry.kind == OutboxKind::Presence || entry.kind == OutboxKind::MessageRead) {
            Result<bool> kept = replaceOlderOfItsKind(entry);
            if (!kept) {
                return kept.error();
            }
            if (!*kept) {
                return {};
            }
        }
        return insertRow(entry);
    });
}

// A presence, or a read of the same conversation, replaces older ones: whichever the agent did last wins, by
// created_at, then id (a row queued again has a new id but its old created_at). False: a newer one waits already.
Result<bool> OutboxRepository::replaceOlderOfItsKind(const OutboxEntry& entry) {
    const SameKind sameKind = sameKindAs(entry);
    auto newer = m_statements.scalarInt(u"SELECT count(*) FROM outbox WHERE "_s % sameKind.where %
                                            u" AND (created_at_ms > ? OR (created_at_ms = ? AND id > ?))"_s,
                                        sameKind.values + QVariantList{entry.createdAtMs, entry.createdAtMs, entry.id},
                                        readFailed());
    if (!newer) {
        return newer.error();
    }
    if (*newer > 0) {
        return false;
    }
    if (Status dropped = dropWaitingOfItsKind(entry); !dropped) {
        return dropped.error();
    }
    return true;
}

// Every waiting row of the entry's kind (a presence, or a read of its conversation) goes, whatever its age: the
// caller queues the one that wins.
Status OutboxRepository::dropWaitingOfItsKind(const OutboxEntry& entry) {
    const SameKind sameKind = sameKindAs(entry);
    auto dropped = m_statements.exec(u"DELETE FROM outbox WHERE "_s % sameKind.where, sameKind.values, saveFailed());
    if (!dropped) {
        return dropped.error();
    }
    (*dropped)->finish();
    return {};
}

Status OutboxRepository::removeForMessage(qint64 messageId) {
    auto q = m_statements.exec(u"DELETE FROM outbox WHERE message_id = ?"_s, {messageId}, saveFailed());
    if (!q) {
        return q.error();
    }
    (*q)->finish();
    return {};
}

Status OutboxRepository::failReply(qint64 outboxId, const QString& reason) {
    return m_db.transaction([&]() -> Status {
        auto row = m_statements.exec(u"SELECT message_id FROM outbox WHERE id = ? AND kind = 'message_send'"_s,
                                     {outboxId}, readFailed());
        if (!row) {
            return row.error();
        }
        const bool found = (*row)->next();
        const qint64 messageId = found ? (*row)->value(0).toLongLong() : 0;
        (*row)->finish();
        if (!found) {
            return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::Store", "待发送的回复不存在"),
                         u"outbox id %1"_s.arg(outboxId)};
        }
        MessageRepository messages(m_db);
        if (Status failed = messages.markFailed(messageId, reason); !failed) {
            return failed;
        }
        return removeForMessage(messageId);
    });
}

Status OutboxRepository::retryReply(qint64 messageId, qint64 nowMs) {
    return m_db.transaction([&]() -> Status {
        auto q = m_statements.exec(
            u"UPDATE message SET status = 'queued', client_message_id = ?, failure_reason = NULL "
            "WHERE id = ? AND direction = 'agent' AND status = 'failed' RETURNING conversation_id"_s,
            {newClientMessageId(), messageId}, saveFailed());
        if (!q) {
            return q.error();
        }
        const bool found = (*q)->next();
        const qint64 conversationId = found ? (*q)->value(0).toLongLong() : 0;
        (*q)->finish();
        if (!found) {
            return notAFailedReply(messageId);
        }
        OutboxEntry e;
        e.kind = OutboxKind::MessageSend;
        e.conversationId = conversationId;
        e.messageId = messageId;
        e.createdAtMs = nowMs;
        return insertRow(e);
    });
}

Result<int> OutboxRepository::count() {
    return m_statements.scalarInt(u"SELECT count(*) FROM outbox"_s, {}, readFailed());
}

Result<int> OutboxRepository::countReplies() {
    return m_statements.scalarInt(u"SELECT count(*) FROM outbox WHERE kind = 'message_send'"_s, {}, readFailed());
}

}  // namespace kefu
