#include "channel/client/LiveChannel.h"

#include "channel/client/ChannelWorker.h"
#include "logging/Log.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace kefu {

LiveChannel::LiveChannel(QObject* parent) : QObject(parent) {}

LiveChannel::~LiveChannel() {
    stop();
}

void LiveChannel::start(const ChannelSettings& settings) {
    stop();
    m_thread = new QThread(this);
    m_thread->setObjectName(u"kefu-channel"_s);
    m_worker = new ChannelWorker(settings);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ChannelWorker::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ChannelWorker::batchApplied, this, &LiveChannel::batchApplied, Qt::QueuedConnection);
    connect(
        m_worker, &ChannelWorker::stateChanged, this,
        [this](ChannelState state) {
            m_state = state;
            Q_EMIT stateChanged(state);
        },
        Qt::QueuedConnection);
    connect(
        m_worker, &ChannelWorker::diagnosticsChanged, this,
        [this](const ChannelDiagnostics& diagnostics) {
            m_diagnostics = diagnostics;
            Q_EMIT diagnosticsChanged(diagnostics);
        },
        Qt::QueuedConnection);
    connect(m_worker, &ChannelWorker::authFailed, this, &LiveChannel::authFailed, Qt::QueuedConnection);
    connect(m_worker, &ChannelWorker::problemReported, this, &LiveChannel::problemReported, Qt::QueuedConnection);
    log::info("实时通道: 启动 {} ({})", settings.url, settings.agentNick);
    m_thread->start();
}

void LiveChannel::stop() {
    if (!m_thread) {
        return;
    }
    // Blocking: the socket's close frame is written and the worker's store connections are closed before the thread
    // goes; the worker's own signals to us are queued, so this cannot deadlock.
    QMetaObject::invokeMethod(m_worker, &ChannelWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;  // the worker was deleted on its thread as it finished
    m_thread = nullptr;
    m_worker = nullptr;
    log::info(u"实时通道: 已停止"_s);
    if (m_state != ChannelState::Stopped) {
        m_state = ChannelState::Stopped;
        Q_EMIT stateChanged(m_state);
    }
}

void LiveChannel::outboxChanged() {
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &ChannelWorker::outboxChanged, Qt::QueuedConnection);
    }
}

}  // namespace kefu
