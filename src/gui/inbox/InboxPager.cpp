#include "gui/inbox/InboxPager.h"

#include "logging/Log.h"
#include "store/ConversationRepository.h"

#include <utility>

namespace kefu {

InboxPager::InboxPager(ConversationRepository& conversations, InboxView view, std::optional<qint64> agentId,
                       int pageSize, QString logTopic)
    : m_conversations(conversations),
      m_view(view),
      m_agentId(agentId),
      m_pageSize(pageSize),
      m_logTopic(std::move(logTopic)) {}

std::optional<QList<InboxRow>> InboxPager::firstPage() {
    return load(std::nullopt);
}

std::optional<QList<InboxRow>> InboxPager::pageAfter(const InboxRow& last) {
    return load(last.cursor());
}

std::optional<QList<InboxRow>> InboxPager::load(std::optional<InboxCursor> after) {
    InboxQuery query;
    query.view = m_view;
    query.agentId = m_agentId;
    query.limit = m_pageSize;
    query.after = after;
    Result<QList<InboxRow>> page = m_conversations.inboxPage(query);
    if (!page) {
        m_hasMore = false;
        m_lastError = page.error().message;
        log::warn("{}: {} ({})", m_logTopic, page.error().message, page.error().detail);
        return std::nullopt;
    }
    // A short page is the view's last; a full one may be too, which the next (empty) page tells.
    m_hasMore = page->size() >= m_pageSize;
    m_lastError.clear();
    return std::move(page).value();
}

}  // namespace kefu
