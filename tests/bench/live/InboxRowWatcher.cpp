#include "InboxRowWatcher.h"

#include "BulkPacer.h"
#include "MonotonicClock.h"
#include "gui/inbox/InboxRoles.h"

#include <QAbstractItemModel>

using namespace Qt::StringLiterals;

namespace kefu {

InboxRowWatcher::InboxRowWatcher(QAbstractItemModel& model, const BulkPacer& pacer, int conversations, int capacity,
                                 QObject* parent)
    : QObject(parent),
      m_model(model),
      m_pacer(pacer),
      m_conversations(qMax(1, conversations)),
      m_shownAt(capacity + 1, 0),
      m_number(u"压测消息 #(\\d+)"_s) {
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                onRows(topLeft.row(), bottomRight.row());
            });
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { onRows(first, last); });
}

void InboxRowWatcher::onRows(int first, int last) {
    const qint64 now = monotonicNs();
    for (int row = first; row <= last; ++row) {
        const QString preview = m_model.index(row, 0).data(PreviewRole).toString();
        const QRegularExpressionMatch match = m_number.match(preview);
        if (match.hasMatch()) {
            markShown(match.captured(1).toInt(), now);
        }
    }
}

void InboxRowWatcher::markShown(int number, qint64 nowNs) {
    for (int n = number; n >= 1 && n < m_shownAt.size(); n -= m_conversations) {
        if (m_shownAt.at(n) != 0) {
            return;  // this one and the earlier ones of the conversation were seen before
        }
        m_shownAt[n] = nowNs;
        ++m_seenCount;
        if (n != number) {
            ++m_superseded;
        }
    }
}

Samples InboxRowWatcher::latencies() const {
    Samples samples;
    for (int n = 1; n < m_shownAt.size(); ++n) {
        const qint64 sent = m_pacer.sentAtNs(n);
        if (sent != 0 && m_shownAt.at(n) != 0) {
            samples.add(nsToMs(m_shownAt.at(n) - sent));
        }
    }
    return samples;
}

}  // namespace kefu
