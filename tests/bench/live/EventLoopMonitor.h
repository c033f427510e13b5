#pragma once

#include "Samples.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace kefu {

// Watches the GUI thread's event loop while it runs: a 1 ms precise timer's intervals — how long the loop could not
// serve a timer or, the same, an input event: a stall shows as one long interval —
// and the thread's CPU time in each. (The dispatcher's awake/aboutToBlock
// do not bracket the work under the glib dispatcher; TimedApplication times each event instead.)
class EventLoopMonitor : public QObject {
    Q_OBJECT
public:
    explicit EventLoopMonitor(QObject* parent = nullptr);
    ~EventLoopMonitor() override;

    void start();
    void stop();
    const Samples& intervals() const { return m_intervals; }  // ms between consecutive 1 ms ticks
    // The GUI thread's own CPU time in each of those intervals: what the stall would be on an idle core (the rest of
    // an interval is time the thread waited — preempted by other threads and processes, or blocked).
    const Samples& cpuIntervals() const { return m_cpuIntervals; }
    // What filled the intervals over 16 ms: "12 intervals over 16 ms, 480 ms in all: waiting for a core 300 ms,
    // kefu::MainWindow/UpdateRequest 120 ms, …" (needs TimedApplication profiling).
    QString stallComposition(int top) const;

private:
    void onTick();
    qint64 runQueueNs() const;  // the GUI thread's time waiting for a core so far (Linux schedstat)

    QTimer m_timer{this};
    Samples m_intervals;
    Samples m_cpuIntervals;
    qint64 m_lastTickNs = 0;
    qint64 m_lastTickCpuNs = 0;
    QHash<QString, double> m_stallCpuMs;  // by receiver/event type, within intervals over 16 ms
    int m_stalls = 0;
    double m_stallMs = 0;
    double m_stallWaitMs = 0;      // interval − CPU
    double m_stallRunQueueMs = 0;  // of that, runnable but waiting for a core
    int m_schedstat = -1;
    qint64 m_lastRunQueueNs = 0;
};

}  // namespace kefu
