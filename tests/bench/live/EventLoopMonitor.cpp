#include "EventLoopMonitor.h"

#include "MonotonicClock.h"
#include "TimedApplication.h"

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kefu {

EventLoopMonitor::EventLoopMonitor(QObject* parent) : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopMonitor::onTick);
}

void EventLoopMonitor::start() {
    m_intervals = {};
    m_cpuIntervals = {};
    m_stallCpuMs.clear();
    m_stalls = 0;
    m_stallMs = 0;
    m_stallWaitMs = 0;
    if (TimedApplication* app = TimedApplication::instance()) {
        app->takeSinceMark();
    }
    m_lastTickNs = monotonicNs();
    m_lastTickCpuNs = threadCpuNs();
    if (m_schedstat < 0) {
        m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);  // this (the GUI) thread's
    }
    m_lastRunQueueNs = runQueueNs();
    m_stallRunQueueMs = 0;
    m_timer.start();
}

void EventLoopMonitor::stop() {
    m_timer.stop();
}

void EventLoopMonitor::onTick() {
    const qint64 now = monotonicNs();
    const qint64 cpu = threadCpuNs();
    const qint64 runQueue = runQueueNs();
    const double intervalMs = nsToMs(now - m_lastTickNs);
    const double cpuMs = nsToMs(cpu - m_lastTickCpuNs);
    m_intervals.add(intervalMs);
    m_cpuIntervals.add(cpuMs);
    TimedApplication* app = TimedApplication::instance();
    const QHash<QString, double> delivered = app ? app->takeSinceMark() : QHash<QString, double>{};
    if (intervalMs > 16) {
        ++m_stalls;
        m_stallMs += intervalMs;
        m_stallWaitMs += intervalMs - cpuMs;
        m_stallRunQueueMs += nsToMs(runQueue - m_lastRunQueueNs);
        for (auto it = delivered.cbegin(); it != delivered.cend(); ++it) {
            m_stallCpuMs[it.key()] += it.value();
        }
    }
    m_lastTickNs = now;
    m_lastTickCpuNs = cpu;
    m_lastRunQueueNs = runQueue;
}

QString EventLoopMonitor::stallComposition(int top) const {
    QList<std::pair<double, QString>> parts;
    for (auto it = m_stallCpuMs.cbegin(); it != m_stallCpuMs.cend(); ++it) {
        parts.append({it.value(), it.key()});
    }
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList text;
    for (qsizetype i = 0; i < std::min<qsizetype>(top, parts.size()); ++i) {
        text.append(u"%1 %2 ms"_s.arg(parts.at(i).second).arg(parts.at(i).first, 0, 'f', 0));
    }
    return u"%1 intervals over 16 ms, %2 ms in all: the GUI thread ran %3 ms, waited for a core (run queue) %4 ms, "
           "was blocked or idle %5 ms; its CPU in them went to: %6"_s.arg(m_stalls)
               .arg(m_stallMs, 0, 'f', 0)
               .arg(m_stallMs - m_stallWaitMs, 0, 'f', 0)
               .arg(m_stallRunQueueMs, 0, 'f', 0)
               .arg(m_stallWaitMs - m_stallRunQueueMs, 0, 'f', 0)
               .arg(text.join(u", "_s));
}

EventLoopMonitor::~EventLoopMonitor() {
    if (m_schedstat >= 0) {
        ::close(m_schedstat);
    }
}

// /proc/thread-self/schedstat: "<cpu ns> <run-queue wait ns> <timeslices>".
qint64 EventLoopMonitor::runQueueNs() const {
    char buffer[96] = {};
    if (m_schedstat < 0 || ::pread(m_schedstat, buffer, sizeof buffer - 1, 0) <= 0) {
        return 0;
    }
    const QList<QByteArray> fields = QByteArray(buffer).split(' ');
    return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
}

}  // namespace kefu
