#include "gui/inbox/InboxModel.h"

#include "core/Clock.h"
#include "gui/inbox/InboxRoles.h"
#include "gui/inbox/InboxRowFormat.h"
#include "logging/Log.h"
#include "store/ConversationRepository.h"

#include <QSet>

namespace kefu {

using namespace Qt::StringLiterals;

InboxModel::InboxModel(ConversationRepository& conversations, const Clock& clock, std::optional<qint64> agentId,
                       QObject* parent)
    : QAbstractListModel(parent),
      m_conversations(conversations),
      m_clock(clock),
      m_pager(conversations, InboxView::Waiting, agentId, kPageSize, u"inbox"_s) {
    reload();
}

void InboxModel::setView(InboxView view) {
    m_pager.setView(view);
    reload();
}

void InboxModel::reload() {
    // The first page comes in with the reset, so views never see an empty interim model.
    std::optional<QList<InboxRow>> page = reported(m_pager.firstPage());
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_loadedIds.clear();
    if (page) {
        m_rows.assign(std::make_move_iterator(page->begin()), std::make_move_iterator(page->end()));
    }
    for (const InboxRow& row : std::as_const(m_rows)) {
        m_loadedIds.insert(row.conversation.id);
    }
    endResetModel();
    m_changing = false;
}

void InboxModel::refreshConversation(qint64 id) {
    Result<std::optional<InboxRow>> fresh = m_conversations.row(id);
    if (!fresh) {
        m_lastError = fresh.error().message;
        log::warn("inbox: {} ({})", fresh.error().message, fresh.error().detail);
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    applyRow(id, *fresh);
}

void InboxModel::applyRow(qint64 id, const std::optional<InboxRow>& fresh) {
    const int old = rowOf(id);
    if (!fresh.has_value() || !belongsToView(*fresh)) {
        if (old >= 0) {
            removeAt(old);
        }
        return;
    }
    place(*fresh, old);
}

void InboxModel::place(const InboxRow& fresh, int old) {
    const ChangeGuard guard(m_changing);
    const int target = placeFor(fresh, old);
    const int others = static_cast<int>(m_rows.size()) - (old >= 0 ? 1 : 0);
    // Past the loaded rows while more pages wait: it belongs to a later page, which fetchMore will bring in order.
    if (target == others && m_pager.hasMore()) {
        if (old >= 0) {
            removeAt(old);
        }
        return;
    }
    if (old < 0) {
        beginInsertRows({}, target, target);
        m_rows.insert(m_rows.begin() + target, fresh);
        m_loadedIds.insert(fresh.conversation.id);
        endInsertRows();
        return;
    }
    if (target != old) {
        // beginMoveRows counts the destination before the move: below the old place it is one further down.
        beginMoveRows({}, old, old, {}, target > old ? target + 1 : target);
        m_rows.erase(m_rows.begin() + old);
        m_rows.insert(m_rows.begin() + target, fresh);
        endMoveRows();
    } else {
        m_rows[target] = fresh;
    }
    const QModelIndex changed = index(target);
    Q_EMIT dataChanged(changed, changed);
}

void InboxModel::removeAt(int row) {
    const ChangeGuard guard(m_changing);
    beginRemoveRows({}, row, row);
    m_loadedIds.remove(m_rows.at(row).conversation.id);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

int InboxModel::rowOf(qint64 conversationId) const {
    for (int i = 0; i < rowCount(); ++i) {
        if (m_rows[i].conversation.id == conversationId) {
            return i;
        }
    }
    return -1;
}

bool InboxModel::belongsToView(const InboxRow& row) const {
    const Conversation& c = row.conversation;
    const std::optional<qint64>& agentId = m_pager.agentId();
    switch (m_pager.view()) {
        case InboxView::Waiting:
            return c.status == ConversationStatus::Waiting;
        case InboxView::Mine:
            return agentId && c.assignedAgentId == agentId && c.status != ConversationStatus::Closed;
        case InboxView::All:
            return c.status != ConversationStatus::Closed;
        case InboxView::Closed:
            return c.status == ConversationStatus::Closed;
    }
    return false;
}

// The same order as the repository's pages: 待回复 by (waiting key, id) ascending, the others by
// (last message, id) descending.
bool InboxModel::sortsBefore(const InboxRow& a, const InboxRow& b) const {
    const InboxCursor ka = a.cursor();
    const InboxCursor kb = b.cursor();
    if (m_pager.view() == InboxView::Waiting) {
        return ka.waitingKeyMs != kb.waitingKeyMs ? ka.waitingKeyMs < kb.waitingKeyMs : ka.id < kb.id;
    }
    return ka.lastMessageAtMs != kb.lastMessageAtMs ? ka.lastMessageAtMs > kb.lastMessageAtMs : ka.id > kb.id;
}

int InboxModel::placeFor(const InboxRow& row, int skipping) const {
    int place = 0;
    for (int i = 0; i < rowCount(); ++i) {
        if (i != skipping && sortsBefore(m_rows[i], row)) {
            ++place;
        }
    }
    return place;
}

int InboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant InboxModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return InboxRowFormat::data(m_rows[index.row()], role, m_clock.nowMs());
}

QHash<int, QByteArray> InboxModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(BuyerNickRole, "buyerNick");
    names.insert(PreviewRole, "preview");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(WaitTextRole, "waitText");
    return names;
}

bool InboxModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_pager.hasMore() && !m_changing;
}

void InboxModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent) || m_rows.empty()) {
        return;
    }
    // The pager counts the page before de-duplication: a full page means more may follow, however many are new.
    std::optional<QList<InboxRow>> page = reported(m_pager.pageAfter(m_rows.back()));
    if (!page) {
        return;
    }
    // A loaded row that changed without an event may come round again in a later page: show it once. The id set is
    // kept with the rows; rebuilding it here made each fetch slower as the list grew (19.9 ms per fetch at 90k rows).
    page->removeIf([this](const InboxRow& row) { return m_loadedIds.contains(row.conversation.id); });
    if (page->isEmpty()) {
        return;
    }
    m_changing = true;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    for (InboxRow& row : *page) {
        m_loadedIds.insert(row.conversation.id);
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
    m_changing = false;
}

std::optional<QList<InboxRow>> InboxModel::reported(std::optional<QList<InboxRow>> page) {
    m_lastError = m_pager.lastError();
    if (!page) {
        Q_EMIT loadFailed(m_lastError);
    }
    return page;
}

}  // namespace kefu
