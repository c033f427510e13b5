#pragma once

#include "core/Conversation.h"
#include "core/Result.h"
#include "store/InboxQuery.h"
#include "store/InboxRow.h"
#include "store/StatementCache.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace kefu {

class Database;

// Conversations and the inbox pages built from them. The denormalised fields (waiting since, preview, unread…)
// are kept by MessageRepository as messages arrive; this class reads them and changes assignment and status.
class ConversationRepository {
public:
    explicit ConversationRepository(Database& db);
    ~ConversationRepository();
    ConversationRepository(const ConversationRepository&) = delete;
    ConversationRepository& operator=(const ConversationRepository&) = delete;

    Result<qint64> create(const Conversation& conversation);  // the id field is ignored; returns the new id
    Result<Conversation> find(qint64 id);                     // NotFound

    // One page in the view's order, after `query.after` (keyset; pages never repeat or skip a row).
    Result<QList<InboxRow>> inboxPage(const InboxQuery& query);
    // SQLite's EXPLAIN QUERY PLAN lines for that page's statement, to check it reads an index range with no sort.
    Result<QStringList> explainInboxPage(const InboxQuery& query);
    // Conversations of buyers whose nick contains `text` (case-insensitive), most recent first.
    Result<QList<InboxRow>> findByBuyerNick(const QString& text, int limit = 50);
    // Conversations of the buyer who placed trade `tid`, most recent first.
    Result<QList<InboxRow>> findByTid(const QString& tid);
    // One inbox row, to refresh it after a change; empty when the conversation does not exist.
    Result<std::optional<InboxRow>> row(qint64 id);
    // The rows of these conversations in the order given (e.g. message-search hits); ids that do not exist are skipped.
    Result<QList<InboxRow>> rows(const QList<qint64>& ids);
    // Each buyer whose nick contains `text` with that buyer's latest conversation: nicks that start with `text`
    // first, then most recent first (the Ctrl+K jump list).
    Result<QList<InboxRow>> latestPerBuyer(const QString& text, int limit = 20);
    // How many conversations a view holds (one count over the view's partial index). Mine needs `agentId`.
    Result<int> countInView(InboxView view, std::optional<qint64> agentId = {});

    // The live channel's conversations carry the gateway's id (protocol v1); local and demo ones have none.
    // The conversation with that gateway id, if it is stored.
    Result<std::optional<qint64>> findByGatewayId(const QString& gatewayConversationId);
    // create() for a conversation that came from the gateway. A gateway id already stored is Constraint.
    Result<qint64> createFromGateway(const Conversation& conversation, const QString& gatewayConversationId);
    // The gateway id of a conversation: empty for a local one. NotFound.
    Result<QString> gatewayIdOf(qint64 id);
    // A buyer re-opened a closed conversation (conversation.opened): waiting again from `atMs`. Other statuses
    // are left alone. NotFound.
    Status reopenByBuyer(qint64 id, qint64 atMs);

    Status assign(qint64 id, std::optional<qint64> agentId);  // empty agentId: back to the shared queue
    Status close(qint64 id, qint64 atMs);                     // clears waiting since; a buyer message reopens it
    Status reopen(qint64 id);                                 // by an agent: in progress again
    Status markRead(qint64 id);
    Result<int> countWaiting();
    Result<int> count();
    // How many conversations are in each status (statuses with none are absent).
    Result<QMap<ConversationStatus, int>> countByStatus();

private:
    Result<QList<InboxRow>> runPage(const QString& sql, QVariantList values, int limit);
    Status update(qint64 id, const QString& sql, const QVariantList& values, const QString& userMessage,
                  bool unchangedIsOk = false);
    Result<int> countOf(const QString& sql);

    Database& m_db;
    StatementCache m_statements;
};

}  // namespace kefu
