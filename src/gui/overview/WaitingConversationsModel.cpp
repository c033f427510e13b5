#include "gui/overview/WaitingConversationsModel.h"

#include "core/Clock.h"
#include "gui/overview/WaitDuration.h"

#include <QBrush>
#include <QFont>

namespace kefu {

using namespace Qt::StringLiterals;

WaitingConversationsModel::WaitingConversationsModel(ConversationRepository& conversations, const Clock& clock,
                                                     QObject* parent)
    : QAbstractTableModel(parent),
      m_clock(clock),
      m_pager(conversations, InboxView::Waiting, std::nullopt, kPageSize, u"waiting list"_s) {}

void WaitingConversationsModel::reload() {
    // The first page comes in with the reset, so views never see an empty interim model. Views (and the model
    // tester) react to modelReset/rowsInserted by asking for more; m_fetching keeps that from re-entering.
    std::optional<QList<InboxRow>> page = reported(m_pager.firstPage());
    m_fetching = true;
    beginResetModel();
    m_rows = page.value_or(QList<InboxRow>{});
    endResetModel();
    m_fetching = false;
}

void WaitingConversationsModel::refreshWaitTimes() {
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, WaitingColumn), index(rowCount() - 1, WaitingColumn));
    }
}

int WaitingConversationsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WaitingConversationsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 WaitingConversationsModel::waitingMs(const InboxRow& row) const {
    const Conversation& c = row.conversation;
    return m_clock.nowMs() - c.waitingSinceMs.value_or(c.openedAtMs);
}

QVariant WaitingConversationsModel::displayData(const InboxRow& row, int column) const {
    switch (column) {
        case BuyerColumn:
            return row.buyerNick;
        case ChannelColumn:
            return channelLabel(row.conversation.channel);
        case PreviewColumn:
            return row.conversation.lastMessagePreview.simplified();
        case WaitingColumn:
            return WaitDuration::format(waitingMs(row));
        default:
            return {};
    }
}

QVariant WaitingConversationsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const InboxRow& row = m_rows.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return displayData(row, index.column());
        case Qt::ToolTipRole:
            return index.column() == PreviewColumn ? QVariant(row.conversation.lastMessagePreview) : QVariant();
        case Qt::ForegroundRole:
            if (index.column() == WaitingColumn) {
                const WaitDuration::Level level = WaitDuration::level(waitingMs(row));
                if (level != WaitDuration::Level::Normal) {
                    return QBrush(WaitDuration::color(level));
                }
            }
            return {};
        case Qt::FontRole:
            if (index.column() == BuyerColumn && row.conversation.unreadCount > 0) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == WaitingColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        case ConversationIdRole:
            return row.conversation.id;
        case WaitingMsRole:
            return waitingMs(row);
        default:
            return {};
    }
}

QVariant WaitingConversationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == WaitingColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                        : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case BuyerColumn:
            return tr("买家");
        case ChannelColumn:
            return tr("渠道");
        case PreviewColumn:
            return tr("最新消息");
        case WaitingColumn:
            return tr("已等待");
        default:
            return {};
    }
}

bool WaitingConversationsModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_pager.hasMore() && !m_fetching;
}

void WaitingConversationsModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent) || m_rows.isEmpty()) {
        return;
    }
    std::optional<QList<InboxRow>> page = reported(m_pager.pageAfter(m_rows.constLast()));
    if (!page || page->isEmpty()) {
        return;
    }
    m_fetching = true;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(std::move(*page));
    endInsertRows();
    m_fetching = false;
}

std::optional<QList<InboxRow>> WaitingConversationsModel::reported(std::optional<QList<InboxRow>> page) {
    if (!page) {
        Q_EMIT loadFailed(m_pager.lastError());
    }
    return page;
}

}  // namespace kefu
