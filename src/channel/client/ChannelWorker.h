#pragma once

#include "channel/InboundFrame.h"
#include "channel/client/ChannelDiagnostics.h"
#include "channel/client/ChannelSettings.h"
#include "channel/client/ChannelState.h"
#include "channel/sync/AppliedBatch.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

namespace kefu {

class Database;
class GatewayConnection;
class InboundApplier;
class MessageRepository;
class OutboxRepository;
struct OutboxEntry;

// The live channel's engine, on its own QThread (LiveChannel moves it there). Opens its OWN store connection on that
// thread, owns the GatewayConnection, applies each burst of sequenced frames with InboundApplier and acks only what
// is committed; after every (re)connect and on outboxChanged() it sends the outbox (message.send for replies; read,
// close, transfer and presence are removed once written). Between bursts a second connection runs a PASSIVE WAL
// checkpoint, so ingest never waits for the disk. Never touches the GUI thread's Database; every signal it emits is
// delivered to the GUI thread queued.
class ChannelWorker : public QObject {
    Q_OBJECT
public:
    explicit ChannelWorker(ChannelSettings settings, QObject* parent = nullptr);
    ~ChannelWorker() override;

    static QString localConversationReason();  // 本地会话未接入网关，无法发送

public Q_SLOTS:
    void start();
    void stop();  // closes the socket (1000) and the store connections; start() may follow
    void outboxChanged();

Q_SIGNALS:
    void batchApplied(const kefu::AppliedBatch& batch);
    void stateChanged(kefu::ChannelState state);
    void diagnosticsChanged(const kefu::ChannelDiagnostics& diagnostics);
    void authFailed(const QString& message);
    // Something the agent should read (Chinese): the store could not be opened or written, the gateway's protocol
    // is unsupported, history may be incomplete (resume_too_old, stream_reset).
    void problemReported(const QString& message);

private:
    bool openStore();
    void connectGateway();
    void onBurst(const QList<InboundFrame>& frames);
    void onGatewayError(const ErrorFrame& error);
    void watchGap(bool progressed);
    void sendOutbox();
    bool sendEntry(const OutboxEntry& entry, QList<qint64>& attempted, QList<qint64>& done, AppliedBatch& failed);
    qint64 resumeSeq();
    void removeWritten(const QList<qint64>& ids);
    void refreshOutboxSize();
    void scheduleDiagnostics();
    void checkpoint();
    void release();

    ChannelSettings m_settings;
    QString m_connectionName;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_maintenanceDb;  // WAL checkpoints only
    std::unique_ptr<InboundApplier> m_applier;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<MessageRepository> m_messages;
    GatewayConnection* m_connection = nullptr;  // child
    QSet<qint64> m_sentOnThisConnection;        // outbox rows written since the last (re)connect
    QList<qint64> m_awaitingAuth;               // fire-and-forget rows written before the auth was confirmed
    qint64 m_lastKnownSeq = 0;
    QTimer m_checkpointTimer{this};  // children: they move to the worker's thread with it
    QTimer m_diagnosticsTimer{this};
    QTimer m_gapTimer{this};        // active: frames wait behind a missing seq (SequenceGate)
    QTimer m_rateLimitTimer{this};  // active: the gateway asked us to slow down; the outbox waits
};

}  // namespace kefu
