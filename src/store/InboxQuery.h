#pragma once

#include <QtGlobal>

#include <optional>

namespace kefu {

enum class InboxView {
    Waiting,  // 待回复: status waiting, longest waiting first (waiting since, or opened when no buyer message yet)
    Mine,     // 我的: assigned to the agent, not closed, most recent first
    All,      // 全部: not closed, most recent first
    Closed,   // 已结束: most recent first
};

// Where a page ended, for keyset paging. It carries both sort keys so one row's cursor() serves every view;
// the repository uses the one the view sorts by.
struct InboxCursor {
    qint64 waitingKeyMs = 0;     // waitingSinceMs, or openedAtMs when a waiting conversation has no buyer message
    qint64 lastMessageAtMs = 0;  // Mine, All, Closed
    qint64 id = 0;
    bool operator==(const InboxCursor&) const = default;
};

struct InboxQuery {
    InboxView view = InboxView::All;
    std::optional<qint64> agentId;     // required for Mine
    std::optional<InboxCursor> after;  // the last row of the previous page; empty for the first page
    int limit = 100;
};

}  // namespace kefu
