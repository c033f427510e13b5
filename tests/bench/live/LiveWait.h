#pragma once

#include "SimulatorThread.h"
#include "sim/GatewaySimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace kefu {

// Runs this thread's events until `done` holds or `timeoutMs` passes; the channel reports through queued signals.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs, int pollMs = 10) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, pollMs);
        QThread::msleep(static_cast<unsigned long>(pollMs));
    }
    return true;
}

inline int liveConnections(SimulatorThread& sim) {
    int live = 0;
    sim.run([&live](GatewaySimulator& s) { live = s.liveConnectionCount(); });
    return live;
}

}  // namespace kefu
