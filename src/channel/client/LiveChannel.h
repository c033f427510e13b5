#pragma once

#include "channel/client/ChannelDiagnostics.h"
#include "channel/client/ChannelSettings.h"
#include "channel/client/ChannelState.h"
#include "channel/sync/AppliedBatch.h"

#include <QObject>
#include <QString>

class QThread;

namespace kefu {

class ChannelWorker;

// The GUI thread's handle on the live channel: owns the worker's QThread and the ChannelWorker on it, relays its
// signals (queued) and forwards outboxChanged(). start() again restarts with new settings; stop() and the
// destructor close the socket and the worker's store connections and wait for the thread, also mid-connect.
class LiveChannel : public QObject {
    Q_OBJECT
public:
    explicit LiveChannel(QObject* parent = nullptr);
    ~LiveChannel() override;

    void start(const ChannelSettings& settings);
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    ChannelState state() const { return m_state; }
    const ChannelDiagnostics& diagnostics() const { return m_diagnostics; }

public Q_SLOTS:
    // A reply or command was enqueued with OutboxRepository on the GUI thread's store: send it now.
    void outboxChanged();

Q_SIGNALS:
    void batchApplied(const kefu::AppliedBatch& batch);
    void stateChanged(kefu::ChannelState state);
    void diagnosticsChanged(const kefu::ChannelDiagnostics& diagnostics);
    void authFailed(const QString& message);
    void problemReported(const QString& message);

private:
    QThread* m_thread = nullptr;
    ChannelWorker* m_worker = nullptr;  // lives on m_thread; deleted there when it finishes
    ChannelState m_state = ChannelState::Stopped;
    ChannelDiagnostics m_diagnostics;
};

}  // namespace kefu
