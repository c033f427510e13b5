#include "SimulatorThread.h"

#include "sim/GatewaySimulator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

SimulatorThread::SimulatorThread(SimOptions options) : m_anchor(new QObject) {
    m_thread.setObjectName(u"livebench-sim"_s);
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &options] {
            m_sim = new GatewaySimulator(std::move(options));
            if (m_sim->start()) {
                m_url = m_sim->url().toString();
            } else {
                m_error = m_sim->errorString();
            }
        },
        Qt::BlockingQueuedConnection);
}

SimulatorThread::~SimulatorThread() {
    QThread* home = QCoreApplication::instance()->thread();
    QMetaObject::invokeMethod(
        m_anchor,
        [this, home] {
            delete m_sim;  // closes its connections and the server on the thread that made them
            m_sim = nullptr;
            m_anchor->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_anchor;
}

void SimulatorThread::run(const std::function<void(GatewaySimulator&)>& task) {
    QMetaObject::invokeMethod(
        m_anchor, [this, &task] { task(*m_sim); }, Qt::BlockingQueuedConnection);
}

bool SimulatorThread::allAcked(const QString& agentNick, qint64 atLeastSeq) {
    bool acked = false;
    run([&](GatewaySimulator& sim) {
        const GatewayStream* stream = sim.stream(agentNick);
        acked = stream && stream->highestSeq() >= atLeastSeq && stream->ackedSeq() >= stream->highestSeq();
    });
    return acked;
}

}  // namespace kefu
