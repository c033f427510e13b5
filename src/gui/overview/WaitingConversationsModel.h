#pragma once

#include "gui/inbox/InboxPager.h"
#include "store/InboxRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace kefu {

class Clock;
class ConversationRepository;

// The 待回复 queue, longest waiting first, fetched a page at a time from ConversationRepository::inboxPage.
class WaitingConversationsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { BuyerColumn, ChannelColumn, PreviewColumn, WaitingColumn, ColumnCount };
    enum Role { ConversationIdRole = Qt::UserRole + 1, WaitingMsRole };
    static constexpr int kPageSize = 100;

    WaitingConversationsModel(ConversationRepository& conversations, const Clock& clock, QObject* parent = nullptr);

    // Drops the rows and loads the first page again.
    void reload();
    // The waiting column moves with the clock; this repaints only that column.
    void refreshWaitTimes();
    const QString& lastError() const { return m_pager.lastError(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    // The pager's page, its error (if any) reported; empty on error.
    std::optional<QList<InboxRow>> reported(std::optional<QList<InboxRow>> page);
    qint64 waitingMs(const InboxRow& row) const;
    QVariant displayData(const InboxRow& row, int column) const;

    const Clock& m_clock;
    InboxPager m_pager;
    QList<InboxRow> m_rows;
    bool m_fetching = false;
};

}  // namespace kefu
