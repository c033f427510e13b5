#pragma once

#include "Samples.h"

#include <QList>
#include <QObject>
#include <QRegularExpression>

class QAbstractItemModel;

namespace kefu {

class BulkPacer;

// On the GUI thread: hooks the inbox model's dataChanged/rowsInserted and reads each changed row's preview; a row
// showing bulk message #k means k — and every earlier one of its conversation not seen yet, which k replaced before
// it was shown — reached the inbox now. Latency = that moment − the pacer's send time, on one monotonic clock.
class InboxRowWatcher : public QObject {
    Q_OBJECT
public:
    InboxRowWatcher(QAbstractItemModel& model, const BulkPacer& pacer, int conversations, int capacity,
                    QObject* parent = nullptr);

    Samples latencies() const;
    int seen() const { return m_seenCount; }
    int superseded() const { return m_superseded; }  // shown only through a later message of their conversation

private:
    void onRows(int first, int last);
    void markShown(int number, qint64 nowNs);

    QAbstractItemModel& m_model;
    const BulkPacer& m_pacer;
    int m_conversations;
    QList<qint64> m_shownAt;  // by bulk number; 0 = not yet
    int m_seenCount = 0;
    int m_superseded = 0;
    QRegularExpression m_number;
};

}  // namespace kefu
