#pragma once

#include "store/InboxQuery.h"
#include "store/InboxRow.h"

#include <QList>
#include <QString>

#include <optional>

namespace kefu {

class ConversationRepository;

// One inbox view read a page at a time by keyset from ConversationRepository::inboxPage, for the models that list
// it (the agent's inbox, the overview's 待回复 table). A failed read is logged and kept as lastError() for the model
// to report in its own signal; the rows, and the guards around changing them, stay with the model.
class InboxPager {
public:
    // `agentId` is the signed-in agent, for the 我的 view. `logTopic` opens the log line of a failed read.
    InboxPager(ConversationRepository& conversations, InboxView view, std::optional<qint64> agentId, int pageSize,
               QString logTopic);

    InboxView view() const { return m_view; }
    // The next firstPage() reads this view.
    void setView(InboxView view) { m_view = view; }
    const std::optional<qint64>& agentId() const { return m_agentId; }

    // Empty when the store could not be read (lastError() says why).
    std::optional<QList<InboxRow>> firstPage();
    // The page after `last`, the last row the caller holds of this view.
    std::optional<QList<InboxRow>> pageAfter(const InboxRow& last);
    // The last page read was full, so more may follow; false after a short page or a failed read.
    bool hasMore() const { return m_hasMore; }
    // Why the last read failed; empty after one that worked.
    const QString& lastError() const { return m_lastError; }

private:
    std::optional<QList<InboxRow>> load(std::optional<InboxCursor> after);

    ConversationRepository& m_conversations;
    InboxView m_view;
    std::optional<qint64> m_agentId;
    int m_pageSize;
    QString m_logTopic;
    bool m_hasMore = false;
    QString m_lastError;
};

}  // namespace kefu
