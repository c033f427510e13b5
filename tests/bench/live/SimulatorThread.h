#pragma once

#include "sim/SimOptions.h"

#include <QString>
#include <QThread>

#include <functional>

namespace kefu {

class GatewaySimulator;

// A GatewaySimulator on its own QThread, so encoding and writing the buyers' frames never takes the measured
// thread's time. Everything touching the simulator runs on that thread through run().
class SimulatorThread {
public:
    explicit SimulatorThread(SimOptions options);
    ~SimulatorThread();
    SimulatorThread(const SimulatorThread&) = delete;
    SimulatorThread& operator=(const SimulatorThread&) = delete;

    bool isListening() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString errorString() const { return m_error; }
    // Runs `task` on the simulator's thread and waits for it.
    void run(const std::function<void(GatewaySimulator&)>& task);
    // A QObject living on the simulator's thread, as the context of timers and connections made there.
    QObject* anchor() const { return m_anchor; }
    // True once the agent's stream has no un-acked frame and its highest seq is at least `seq`.
    bool allAcked(const QString& agentNick, qint64 atLeastSeq = 0);

private:
    QThread m_thread;
    QObject* m_anchor;
    GatewaySimulator* m_sim = nullptr;
    QString m_url;
    QString m_error;
};

}  // namespace kefu
