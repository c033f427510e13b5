#pragma once

#include "store/InboxRow.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

namespace kefu {

class Clock;

// A fixed list of inbox rows (search results, the Ctrl+K jump list) with the same roles as InboxModel, so
// InboxDelegate paints them alike. A row can carry the chat line that matched a message search.
class InboxRowsModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit InboxRowsModel(const Clock& clock, QObject* parent = nullptr);

    // `matches`: conversation id → the matching chat line, for rows found by message text.
    void setRows(QList<InboxRow> rows, QHash<qint64, QString> matches = {});
    void clear();
    // Replaces the row of that conversation if it is listed (a search result does not jump around or vanish).
    void updateRow(const InboxRow& row);
    void removeConversation(qint64 conversationId);
    int rowOf(qint64 conversationId) const;  // -1 when not listed
    const InboxRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const Clock& m_clock;
    QList<InboxRow> m_rows;
    QHash<qint64, QString> m_matches;
};

}  // namespace kefu
