#pragma once

#include "channel/InboundFrame.h"
#include "channel/client/ChannelDiagnostics.h"
#include "channel/client/ChannelSettings.h"
#include "channel/client/ChannelState.h"
#include "channel/sync/AppliedBatch.h"
#include "store/OutboxEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>
#include <utility>

namespace kefu {

class Database;
class GatewayConnection;
class InboundApplier;
class MessageRepository;
class OutboxRepository;

// The live channel's engine, on its own QThread (LiveChannel moves it there). Opens its OWN store connection on that
// thread, owns the GatewayConnection, applies each burst of sequenced frames with InboundApplier and acks only what
// is committed; after every (re)connect and on outboxChanged() it sends the outbox: message.send for replies (their
// row goes with their message.acked); read, close, transfer and presence rows go once the gateway has provably
// processed them (the pong to a ping written after them: it handles a connection's frames in order), so a drop
// before that sends them again. An `error` quoting a written frame as `ref` fails the reply / drops the command, or
// sends it again after a pause (GatewayRefusal); a `rate_limited` without `ref` sends everything written again. Between
// bursts a second connection runs a PASSIVE WAL checkpoint, so ingest never waits for the disk. Never touches the GUI
// thread's Database; every signal it emits is delivered to the GUI thread queued.
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
    void onPong(qint64 atMs);
    void onRefused(const ErrorFrame& error, const OutboxEntry& entry);
    void onFatalRefusal(const ErrorFrame& error, const OutboxEntry& entry);
    void forgetWrittenFrames();
    void noteWritten(const OutboxEntry& entry);
    bool supersededByNewer(const OutboxEntry& entry) const;
    void failReply(const OutboxEntry& entry, const QString& reason);
    bool takeUnproven(qint64 outboxId);
    void pauseOutbox();
    void endPause();
    void watchGap(bool progressed);
    void sendOutbox();
    bool sendEntry(const OutboxEntry& entry, QList<qint64>& attempted, QList<qint64>& commands, QList<qint64>& settled,
                   AppliedBatch& failed);
    bool writeEntry(const OutboxEntry& entry);
    qint64 resumeSeq();
    void removeCommands(const QList<qint64>& ids);
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
    // Command rows written on this connection and not yet proven, each with the at_ms of the last ping written before
    // them: a pong with a higher at_ms proves them.
    QList<std::pair<qint64, qint64>> m_unproven;  // (ping floor at_ms, outbox id), in write order
    QHash<QString, OutboxEntry> m_writtenByRef;   // this connection's frames by what an error quotes as `ref`
    // The newest presence, and each conversation's newest read, ever written: (created_at, outbox id). A late refusal
    // of an older one must not bring it back over it.
    QHash<QString, std::pair<qint64, qint64>> m_newestWritten;
    int m_pauseStreak = 0;         // pauses in a row: the outbox pause doubles
    qint64 m_streakProbeAtMs = 0;  // > 0: the ping written when the last pause ended; its pong ends the streak
    qint64 m_lastKnownSeq = 0;
    QTimer m_checkpointTimer{this};  // children: they move to the worker's thread with it
    QTimer m_diagnosticsTimer{this};
    QTimer m_gapTimer{this};        // active: frames wait behind a missing seq (SequenceGate)
    QTimer m_rateLimitTimer{this};  // active: the gateway asked us to slow down; the outbox waits
};

}  // namespace kefu
