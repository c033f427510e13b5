#include "store/MessageRepository.h"

#include "core/Conversation.h"
#include "store/Database.h"
#include "store/FtsText.h"
#include "store/MessageInsertStatement.h"
#include "store/SqlError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

QString historyFailed() {
    return QCoreApplication::translate("kefu::Store", "无法读取聊天记录");
}

QString explainFailed() {
    return QCoreApplication::translate("kefu::Store", "无法分析聊天记录查询");
}

QString readMessageFailed() {
    return QCoreApplication::translate("kefu::Store", "无法读取消息");
}

QString statusFailed() {
    return QCoreApplication::translate("kefu::Store", "无法更新消息状态");
}

QString pendingFailed() {
    return QCoreApplication::translate("kefu::Store", "无法读取待索引的消息");
}

QString searchFailed() {
    return QCoreApplication::translate("kefu::Store", "搜索聊天记录失败");
}

constexpr int kMaxPage = 1000;
constexpr int kIndexBatch = 5000;

constexpr QLatin1StringView kSelectMessage{
    "SELECT m.id, m.conversation_id, m.direction, m.kind, m.body, m.gateway_message_id, m.client_message_id, "
    "m.status, m.sent_at_ms, m.agent_id, m.failure_reason FROM message m "};

// What the inbox shows of a conversation, read once per batch, changed in memory by each new message and written
// back once: a burst of 1,000 messages over a few conversations costs a few UPDATEs, not 1,000.
struct ConversationState {
    QString channel;
    ConversationStatus status = ConversationStatus::Waiting;
    std::optional<qint64> closedAtMs;
    std::optional<qint64> lastBuyerMessageAtMs;
    std::optional<qint64> lastAgentMessageAtMs;
    std::optional<qint64> waitingSinceMs;
    QString lastMessagePreview;
    qint64 lastMessageAtMs = 0;
    int unreadCount = 0;
    bool changed = false;
};

using StateMap = QHash<qint64, ConversationState>;

QVariant orNull(const std::optional<qint64>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalInt(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

bool isBefore(qint64 atMs, const std::optional<qint64>& reference) {
    return reference && atMs < *reference;
}

qint64 laterOf(const std::optional<qint64>& current, qint64 atMs) {
    return current ? std::max(*current, atMs) : atMs;
}

Message readMessage(const QSqlQuery& q) {
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.direction = messageDirectionFromKey(q.value(2).toString()).value_or(MessageDirection::System);
    m.kind = messageKindFromKey(q.value(3).toString()).value_or(MessageKind::Text);
    m.body = q.value(4).toString();
    m.gatewayMessageId = q.value(5).toString();
    m.clientMessageId = q.value(6).toString();
    m.status = messageStatusFromKey(q.value(7).toString()).value_or(MessageStatus::Delivered);
    m.sentAtMs = q.value(8).toLongLong();
    m.agentId = optionalInt(q.value(9));
    m.failureReason = q.value(10).toString();
    return m;
}

// Qt reports a failure on a later row (a damaged page, an I/O error) only through lastError() after next() stops,
// so a short page is checked before it is taken as the whole answer.
Result<QList<Message>> readMessages(QSqlQuery* q) {
    QList<Message> messages;
    while (q->next()) {
        messages.append(readMessage(*q));
    }
    const QSqlError error = q->lastError();
    q->finish();
    if (error.isValid()) {
        return SqlError::from(error, historyFailed());
    }
    return messages;
}

Error notFound(qint64 id) {
    return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::Store", "消息不存在或已被删除"),
                 u"message id %1"_s.arg(id)};
}

// The rules of a conversation's inbox fields; see MessageRepository::append.
void applyMessage(ConversationState& s, const Message& m) {
    switch (m.direction) {
        case MessageDirection::Buyer:
            s.lastBuyerMessageAtMs = laterOf(s.lastBuyerMessageAtMs, m.sentAtMs);
            ++s.unreadCount;
            // A line older than the agent's last reply or the close, delivered late, is history: it must not put
            // an answered or closed conversation back at the top of 待回复 with a made-up wait.
            if (!isBefore(m.sentAtMs, s.lastAgentMessageAtMs) && !isBefore(m.sentAtMs, s.closedAtMs)) {
                if (!s.waitingSinceMs) {
                    s.waitingSinceMs = m.sentAtMs;
                }
                s.status = ConversationStatus::Waiting;
                s.closedAtMs.reset();
            }
            break;
        case MessageDirection::Agent:
            s.lastAgentMessageAtMs = laterOf(s.lastAgentMessageAtMs, m.sentAtMs);
            // Likewise a late reply older than the question now waiting does not answer it.
            if (!isBefore(m.sentAtMs, s.waitingSinceMs) && !isBefore(m.sentAtMs, s.closedAtMs)) {
                s.waitingSinceMs.reset();
                s.unreadCount = 0;
                s.status = ConversationStatus::InProgress;
                s.closedAtMs.reset();
            }
            break;
        case MessageDirection::System:
            break;
    }
    // `>=`: of two messages in the same millisecond, the one stored later is the one shown.
    if (m.sentAtMs >= s.lastMessageAtMs) {
        s.lastMessageAtMs = m.sentAtMs;
        s.lastMessagePreview = messagePreview(m.kind, m.body);
    }
    s.changed = true;
}

Result<ConversationState*> loadState(StatementCache& statements, StateMap& states, qint64 conversationId) {
    if (auto it = states.find(conversationId); it != states.end()) {
        return &it.value();
    }
    auto q = statements.exec(
        u"SELECT channel, status, closed_at_ms, last_buyer_message_at_ms, last_agent_message_at_ms, "
        "waiting_since_ms, last_message_preview, last_message_at_ms, unread_count FROM conversation WHERE id = ?"_s,
        {conversationId}, QCoreApplication::translate("kefu::Store", "无法读取会话"));
    if (!q) {
        return q.error();
    }
    if (!(*q)->next()) {
        (*q)->finish();
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("kefu::Store", "消息所属的会话不存在，消息未保存"),
                     u"conversation id %1"_s.arg(conversationId)};
    }
    const QSqlQuery& r = **q;
    ConversationState s;
    s.channel = r.value(0).toString();
    s.status = conversationStatusFromKey(r.value(1).toString()).value_or(ConversationStatus::Waiting);
    s.closedAtMs = optionalInt(r.value(2));
    s.lastBuyerMessageAtMs = optionalInt(r.value(3));
    s.lastAgentMessageAtMs = optionalInt(r.value(4));
    s.waitingSinceMs = optionalInt(r.value(5));
    s.lastMessagePreview = r.value(6).toString();
    s.lastMessageAtMs = r.value(7).toLongLong();
    s.unreadCount = r.value(8).toInt();
    (*q)->finish();
    return &states.insert(conversationId, s).value();
}

// The id of the stored message that `m` repeats, if any: the same gateway id on the same channel, or the same
// client id.
Result<std::optional<qint64>> existingId(StatementCache& statements, const QString& channel, const Message& m) {
    auto lookup = [&](const QString& sql, const QVariantList& values) -> Result<std::optional<qint64>> {
        auto q = statements.exec(sql, values, QCoreApplication::translate("kefu::Store", "无法检查重复消息"));
        if (!q) {
            return q.error();
        }
        std::optional<qint64> id;
        if ((*q)->next()) {
            id = (*q)->value(0).toLongLong();
        }
        (*q)->finish();
        return id;
    };
    if (!m.gatewayMessageId.isEmpty()) {
        auto id = lookup(u"SELECT id FROM message WHERE channel = ? AND gateway_message_id = ?"_s,
                         {channel, m.gatewayMessageId});
        if (!id || id->has_value()) {
            return id;
        }
    }
    if (!m.clientMessageId.isEmpty()) {
        return lookup(u"SELECT id FROM message WHERE client_message_id = ?"_s, {m.clientMessageId});
    }
    return std::optional<qint64>{};
}

Result<AppendResult> appendOne(StatementCache& statements, MessageInsertStatement& insert, StateMap& states,
                               const Message& m) {
    auto state = loadState(statements, states, m.conversationId);
    if (!state) {
        return state.error();
    }
    ConversationState& s = **state;
    // DO NOTHING keeps the common path to one statement; only a repeat pays for the lookup of the stored id.
    auto stored = insert.insert(m, s.channel);
    if (!stored) {
        return stored.error();
    }
    const bool inserted = stored->has_value();
    const qint64 id = stored->value_or(0);
    if (!inserted) {
        auto existing = existingId(statements, s.channel, m);
        if (!existing) {
            return existing.error();
        }
        if (!existing->has_value()) {
            return Error{ErrorCode::Internal, QCoreApplication::translate("kefu::Store", "无法保存消息"),
                         u"insert ignored but no duplicate found"_s};
        }
        return AppendResult{**existing, false};
    }
    applyMessage(s, m);
    return AppendResult{id, true};
}

Status saveStates(StatementCache& statements, const StateMap& states) {
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const ConversationState& s = it.value();
        if (!s.changed) {
            continue;
        }
        auto q = statements.exec(
            u"UPDATE conversation SET status = ?, closed_at_ms = ?, last_buyer_message_at_ms = ?, "
            "last_agent_message_at_ms = ?, waiting_since_ms = ?, last_message_preview = ?, last_message_at_ms = ?, "
            "unread_count = ? WHERE id = ?"_s,
            {conversationStatusKey(s.status), orNull(s.closedAtMs), orNull(s.lastBuyerMessageAtMs),
             orNull(s.lastAgentMessageAtMs), orNull(s.waitingSinceMs), s.lastMessagePreview, s.lastMessageAtMs,
             s.unreadCount, it.key()},
            QCoreApplication::translate("kefu::Store", "无法更新会话"));
        if (!q) {
            return q.error();
        }
    }
    return {};
}

}  // namespace

MessageRepository::MessageRepository(Database& db)
    : m_db(db), m_statements(db.connection()), m_insert(std::make_unique<MessageInsertStatement>(db.connection())) {}

MessageRepository::~MessageRepository() = default;

Result<AppendResult> MessageRepository::append(const Message& message) {
    auto results = appendBatch({message});
    if (!results) {
        return results.error();
    }
    return results->first();
}

Result<QList<AppendResult>> MessageRepository::appendBatch(const QList<Message>& messages) {
    QList<AppendResult> results;
    results.reserve(messages.size());
    const Status status = m_db.transaction([&]() -> Status {
        StateMap states;
        for (const Message& m : messages) {
            auto result = appendOne(m_statements, *m_insert, states, m);
            if (!result) {
                return result.error();
            }
            results.append(*result);
        }
        return saveStates(m_statements, states);
    });
    if (!status) {
        return status.error();
    }
    return results;
}

Result<QList<Message>> MessageRepository::history(qint64 conversationId, std::optional<qint64> beforeId, int limit) {
    if (limit <= 0) {
        return QList<Message>{};
    }
    auto q = m_statements.exec(
        kSelectMessage + u"WHERE m.conversation_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?"_s,
        {conversationId, beforeId.value_or(std::numeric_limits<qint64>::max()), std::min(limit, kMaxPage)},
        historyFailed());
    if (!q) {
        return q.error();
    }
    Result<QList<Message>> messages = readMessages(*q);
    if (messages) {
        std::reverse(messages->begin(), messages->end());
    }
    return messages;
}

Result<QList<Message>> MessageRepository::newerThan(qint64 conversationId, qint64 afterId, int limit) {
    if (limit <= 0) {
        return QList<Message>{};
    }
    auto q = m_statements.exec(kSelectMessage + u"WHERE m.conversation_id = ? AND m.id > ? ORDER BY m.id LIMIT ?"_s,
                               {conversationId, afterId, std::min(limit, kMaxPage)}, historyFailed());
    if (!q) {
        return q.error();
    }
    return readMessages(*q);
}

Result<QStringList> MessageRepository::explainHistory(qint64 conversationId, std::optional<qint64> beforeId,
                                                      int limit) {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql = u"EXPLAIN QUERY PLAN "_s + kSelectMessage +
                        u"WHERE m.conversation_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?"_s;
    if (!q.prepare(sql)) {
        return SqlError::from(q.lastError(), explainFailed());
    }
    q.bindValue(0, conversationId);
    q.bindValue(1, beforeId.value_or(std::numeric_limits<qint64>::max()));
    q.bindValue(2, limit);
    if (!q.exec()) {
        return SqlError::from(q.lastError(), explainFailed());
    }
    QStringList plan;
    while (q.next()) {
        plan.append(q.value(3).toString());
    }
    return plan;
}

Result<Message> MessageRepository::find(qint64 id) {
    auto q = m_statements.exec(kSelectMessage + u"WHERE m.id = ?"_s, {id}, readMessageFailed());
    if (!q) {
        return q.error();
    }
    Result<QList<Message>> found = readMessages(*q);
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return notFound(id);
    }
    return found->first();
}

Result<std::optional<Message>> MessageRepository::findByClientId(const QString& clientMessageId) {
    if (clientMessageId.isEmpty()) {
        return std::optional<Message>{};
    }
    auto q =
        m_statements.exec(kSelectMessage + u"WHERE m.client_message_id = ?"_s, {clientMessageId}, readMessageFailed());
    if (!q) {
        return q.error();
    }
    Result<QList<Message>> found = readMessages(*q);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<Message>{} : std::optional<Message>(found->first());
}

Status MessageRepository::setStatus(qint64 id, MessageStatus status) {
    auto q = m_statements.exec(u"UPDATE message SET status = ? WHERE id = ?"_s, {messageStatusKey(status), id},
                               statusFailed());
    if (!q) {
        return q.error();
    }
    const bool changed = (*q)->numRowsAffected() > 0;
    (*q)->finish();
    return changed ? Status{} : Status{notFound(id)};
}

Status MessageRepository::markSent(qint64 id, MessageStatus status, const QString& gatewayMessageId, qint64 sentAtMs) {
    const QString key = messageStatusKey(status);
    auto q = m_statements.exec(
        u"UPDATE message SET status = CASE WHEN status = 'delivered' THEN status ELSE ? END, "
        "gateway_message_id = ?, sent_at_ms = ?, failure_reason = NULL WHERE id = ?"_s,
        {key, gatewayMessageId, sentAtMs, id}, statusFailed());
    if (!q) {
        return q.error();
    }
    const bool changed = (*q)->numRowsAffected() > 0;
    (*q)->finish();
    return changed ? Status{} : Status{notFound(id)};
}

Status MessageRepository::markFailed(qint64 id, const QString& reason) {
    auto q = m_statements.exec(u"UPDATE message SET status = 'failed', failure_reason = ? WHERE id = ?"_s, {reason, id},
                               statusFailed());
    if (!q) {
        return q.error();
    }
    const bool changed = (*q)->numRowsAffected() > 0;
    (*q)->finish();
    return changed ? Status{} : Status{notFound(id)};
}

Result<int> MessageRepository::count() {
    auto q = m_statements.exec(u"SELECT count(*) FROM message"_s, {},
                               QCoreApplication::translate("kefu::Store", "无法统计消息"));
    if (!q) {
        return q.error();
    }
    const int n = (*q)->next() ? (*q)->value(0).toInt() : 0;
    (*q)->finish();
    return n;
}

Result<int> MessageRepository::indexPending(int maxMessages) {
    int indexed = 0;  // messages gone past, indexed or not (images have no text)
    const Status status = m_db.transaction([&]() -> Status {
        auto progress = m_statements.exec(u"SELECT last_rowid FROM search_progress WHERE name = 'message'"_s, {},
                                          QCoreApplication::translate("kefu::Store", "无法读取搜索索引进度"));
        if (!progress) {
            return progress.error();
        }
        const qint64 from = (*progress)->next() ? (*progress)->value(0).toLongLong() : 0;
        (*progress)->finish();
        auto pending = m_statements.exec(u"SELECT id, kind, body FROM message WHERE id > ? ORDER BY id LIMIT ?"_s,
                                         {from, maxMessages}, pendingFailed());
        if (!pending) {
            return pending.error();
        }
        QList<std::pair<qint64, QString>> rows;
        qint64 last = from;
        while ((*pending)->next()) {
            ++indexed;
            last = (*pending)->value(0).toLongLong();
            const auto kind = messageKindFromKey((*pending)->value(1).toString());
            if (kind == MessageKind::Text || kind == MessageKind::SystemNotice) {
                rows.append({last, FtsText::indexTokens((*pending)->value(2).toString())});
            }
        }
        const QSqlError readError = (*pending)->lastError();
        (*pending)->finish();
        if (readError.isValid()) {
            return SqlError::from(readError, pendingFailed());
        }
        for (const auto& [id, tokens] : rows) {
            if (tokens.isEmpty()) {
                continue;
            }
            auto fts = m_statements.exec(u"INSERT INTO message_fts (rowid, body) VALUES (?, ?)"_s, {id, tokens},
                                         QCoreApplication::translate("kefu::Store", "无法为消息建立搜索索引"));
            if (!fts) {
                return fts.error();
            }
        }
        auto saved = m_statements.exec(u"UPDATE search_progress SET last_rowid = ? WHERE name = 'message'"_s, {last},
                                       QCoreApplication::translate("kefu::Store", "无法保存搜索索引进度"));
        return saved ? Status{} : Status{saved.error()};
    });
    if (!status) {
        return status.error();
    }
    return indexed;
}

Result<QList<Message>> MessageRepository::search(const QString& query, int limit,
                                                 std::optional<qint64> conversationId) {
    const QString match = FtsText::matchExpression(query);
    if (match.isEmpty() || limit <= 0) {
        return QList<Message>{};
    }
    // Whatever the ingest path stored since the last indexing run is indexed first, so search never misses a
    // message; normally the channel's worker has already done it and this costs one indexed read.
    for (;;) {
        Result<int> passed = indexPending(kIndexBatch);
        if (!passed) {
            return passed.error();
        }
        if (*passed < kIndexBatch) {
            break;
        }
    }
    // Newest first straight from the index's rowid order: ranking every match of a common word by bm25 costs
    // ~150 ms at 1M messages, this ~1 ms. The join also drops index entries of deleted messages.
    // Inside one conversation the conversation's own messages lead instead (CROSS JOIN fixes the order): a common
    // word's global matches could run to 100k rows before reaching it, its messages are a few hundred at most.
    const int n = std::min(limit, kMaxPage);
    auto q = conversationId
                 ? m_statements.exec(kSelectMessage +
                                         u"CROSS JOIN message_fts f ON f.rowid = m.id WHERE message_fts MATCH ? "
                                         "AND m.conversation_id = ? ORDER BY m.id DESC LIMIT ?"_s,
                                     {match, *conversationId, n}, searchFailed())
                 : m_statements.exec(kSelectMessage +
                                         u"JOIN message_fts f ON f.rowid = m.id WHERE message_fts MATCH ? "
                                         "ORDER BY f.rowid DESC LIMIT ?"_s,
                                     {match, n}, searchFailed());
    if (!q) {
        return q.error();
    }
    return readMessages(*q);
}

}  // namespace kefu
