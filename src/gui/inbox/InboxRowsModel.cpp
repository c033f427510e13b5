#include "gui/inbox/InboxRowsModel.h"

#include "core/Clock.h"
#include "gui/inbox/InboxRowFormat.h"

namespace kefu {

InboxRowsModel::InboxRowsModel(const Clock& clock, QObject* parent) : QAbstractListModel(parent), m_clock(clock) {}

void InboxRowsModel::setRows(QList<InboxRow> rows, QHash<qint64, QString> matches) {
    beginResetModel();
    m_rows = std::move(rows);
    m_matches = std::move(matches);
    endResetModel();
}

void InboxRowsModel::clear() {
    setRows({});
}

void InboxRowsModel::updateRow(const InboxRow& row) {
    const int at = rowOf(row.conversation.id);
    if (at < 0) {
        return;
    }
    m_rows[at] = row;
    Q_EMIT dataChanged(index(at), index(at));
}

void InboxRowsModel::removeConversation(qint64 conversationId) {
    const int at = rowOf(conversationId);
    if (at < 0) {
        return;
    }
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
}

int InboxRowsModel::rowOf(qint64 conversationId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).conversation.id == conversationId) {
            return i;
        }
    }
    return -1;
}

int InboxRowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant InboxRowsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const InboxRow& row = m_rows.at(index.row());
    return InboxRowFormat::data(row, role, m_clock.nowMs(), m_matches.value(row.conversation.id));
}

}  // namespace kefu
