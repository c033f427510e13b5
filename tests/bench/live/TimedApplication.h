#pragma once

#include "Samples.h"

#include <QApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace kefu {

// The bench's QApplication: while profiling, every event the GUI thread delivers from its event loop (not the ones
// nested inside another) is timed — wall clock and the thread's CPU time — and charged to its receiver's class and
// the event's type, so a stall can be traced to the panel or the paint that caused it.
class TimedApplication : public QApplication {
    Q_OBJECT
public:
    TimedApplication(int& argc, char** argv);

    static TimedApplication* instance();
    void startProfiling();
    void stopProfiling();
    const Samples& eventWallMs() const { return m_wall; }
    const Samples& eventCpuMs() const { return m_cpu; }
    // "InboxPanel/MetaCall 1234 ms total, 5678 events, max 12 ms (cpu 3 ms)", costliest first.
    QStringList costliest(int count) const;

    // CPU ms by receiver/event type delivered since the last call (EventLoopMonitor: what filled a long interval).
    QHash<QString, double> takeSinceMark();

    bool notify(QObject* receiver, QEvent* event) override;

private:
    struct Cost {
        double wallMs = 0;
        double cpuMs = 0;
        double maxWallMs = 0;
        int events = 0;
    };

    bool notifyNestedPaint(QObject* receiver, QEvent* event);

    bool m_profiling = false;
    int m_depth = 0;
    Samples m_wall;
    Samples m_cpu;
    QHash<QString, Cost> m_costs;
    QHash<QString, double> m_sinceMark;
};

}  // namespace kefu
