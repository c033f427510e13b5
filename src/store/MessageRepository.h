#pragma once

#include "core/Message.h"
#include "core/Result.h"
#include "store/AppendResult.h"
#include "store/StatementCache.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kefu {

class Database;
class MessageInsertStatement;

// Chat messages, their full-text index, and the conversation fields that follow from them (waiting since,
// unread count, preview, status). Every call that writes runs in one transaction.
class MessageRepository {
public:
    explicit MessageRepository(Database& db);
    ~MessageRepository();
    MessageRepository(const MessageRepository&) = delete;
    MessageRepository& operator=(const MessageRepository&) = delete;

    // Stores the message (the id field is ignored). A message whose (channel, gateway id) or client id is already
    // stored changes nothing and returns the stored id with inserted=false: delivery is exactly-once.
    // A buyer message makes the conversation wait (reopening a closed one); an agent message answers it.
    Result<AppendResult> append(const Message& message);
    // The same for a burst, all-or-nothing: if one message fails (e.g. an unknown conversation) none is stored.
    // Results are in input order; duplicates inside the batch return the id stored earlier in it.
    Result<QList<AppendResult>> appendBatch(const QList<Message>& messages);

    // The `limit` messages before `beforeId` (or the newest ones), oldest first.
    Result<QList<Message>> history(qint64 conversationId, std::optional<qint64> beforeId = {}, int limit = 50);
    // The messages after `afterId` (up to `limit`), oldest first: what arrived since the chat view last looked.
    Result<QList<Message>> newerThan(qint64 conversationId, qint64 afterId, int limit = 200);
    // SQLite's EXPLAIN QUERY PLAN lines for history's statement (an index range, no sort).
    Result<QStringList> explainHistory(qint64 conversationId, std::optional<qint64> beforeId = {}, int limit = 50);
    Result<Message> find(qint64 id);  // NotFound
    Result<std::optional<Message>> findByClientId(const QString& clientMessageId);
    Status setStatus(qint64 id, MessageStatus status);  // NotFound
    // The platform accepted a reply (Sent or Delivered): its status, the platform's id and send time. A late Sent
    // never moves a Delivered reply back. NotFound.
    Status markSent(qint64 id, MessageStatus status, const QString& gatewayMessageId, qint64 sentAtMs);
    // The platform refused a reply: Failed with its reason (shown beside 发送失败). NotFound.
    Status markFailed(qint64 id, const QString& reason);
    Result<int> count();

    // Adds the messages stored since the last run (up to `maxMessages`, oldest first) to the full-text index, in one
    // transaction, and returns how many it went past. Appends do not index: FTS5 was half their cost, so the
    // channel's worker calls this after a burst, and search() calls it before it searches.
    Result<int> indexPending(int maxMessages = 5000);
    // Text and system messages matching `query` (FtsText::matchExpression), newest first; indexes pending ones first.
    Result<QList<Message>> search(const QString& query, int limit = 20, std::optional<qint64> conversationId = {});

private:
    Database& m_db;
    StatementCache m_statements;
    std::unique_ptr<MessageInsertStatement> m_insert;
};

}  // namespace kefu
