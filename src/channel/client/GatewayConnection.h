#pragma once

#include "channel/InboundFrame.h"
#include "channel/OutboundFrame.h"
#include "channel/client/ChannelDiagnostics.h"
#include "channel/client/ChannelSettings.h"
#include "channel/client/ChannelState.h"
#include "channel/client/ReconnectBackoff.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketProtocol>

#include <functional>

namespace kefu {

// One agent's session with the chat gateway (protocol v1 §7) over one QWebSocket at a time: open → the gateway's
// hello (within helloTimeoutMs) → auth → resume{lastSeq} → live. Keeps the heartbeat (a ping after I without
// sending, close 4000 after 2×I without hearing anything), decodes every text frame with FrameCodec (a bad frame is
// logged, counted and dropped; the connection stays), reconnects with ReconnectBackoff after any drop, except after
// auth_failed (the agent must sign in again) or an unsupported protocol version (KefuDesk must be updated).
//
// Lives on whichever thread creates it (the channel worker's). Knows nothing about the store: sequenced frames leave
// as bursts and come back as ack(seq) once persisted.
class GatewayConnection : public QObject {
    Q_OBJECT
public:
    explicit GatewayConnection(ChannelSettings settings, QObject* parent = nullptr);
    ~GatewayConnection() override;

    // Asked on every (re)connect for resume's last_seq: the highest seq persisted. Default: the last ack(seq).
    void setResumeSeqSource(std::function<qint64()> source);

    ChannelState state() const { return m_state; }
    const ChannelDiagnostics& diagnostics() const { return m_diagnostics; }
    ChannelDiagnostics& diagnostics() { return m_diagnostics; }  // the worker adds duplicates, rejected, outbox size
    const HelloFrame& hello() const { return m_hello; }          // the last connection's hello
    qint64 heartbeatIntervalMs() const { return m_heartbeatMs; }
    // at_ms of the last ping written (0: none yet). Every ping's at_ms is above the one before, across connections.
    qint64 lastPingAtMs() const { return m_lastPingAtMs; }

public Q_SLOTS:
    void start();
    // Closes (1000) and stays closed; state Stopped.
    void stop();
    // Writes the frame if the session is live (false otherwise: the caller keeps it, e.g. in the outbox).
    bool send(const kefu::OutboundFrame& frame);
    // Every sequenced frame up to `seq` is persisted: acks it (when live) and resumes from it next time.
    void ack(qint64 seq);
    // Writes a ping and returns its at_ms (0 when it could not be written). The gateway processes a connection's frames
    // in order, so pongReceived(at) with at >= this value proves every frame written before it was processed.
    qint64 probe();
    // Drops the connection (code 1011) and reconnects with the backoff: the store could not take a burst, so the
    // gateway must send it again (it re-sends every frame past resume's last_seq).
    void restart(const QString& reason);

Q_SIGNALS:
    void stateChanged(kefu::ChannelState state);
    void live();                     // hello received and auth + resume written: the outbox may go now
    void pongReceived(qint64 atMs);  // a pong of this connection: every frame written before that ping was processed
    // Sequenced frames that arrived in one event-loop turn, in arrival order.
    void sequencedFrames(const QList<kefu::InboundFrame>& frames);
    // A frame with this seq could not be decoded: it is dropped, but its seq must not hold back the ones after it.
    void sequencedFrameRefused(qint64 seq);
    void errorReceived(const kefu::ErrorFrame& error);  // every gateway error except auth_failed
    void authFailed(const QString& message);            // Chinese, for the agent
    void unsupportedVersion(const QString& message);    // Chinese, for the agent
    void diagnosticsChanged();

private:
    void openSocket();
    void onTextMessage(const QString& text);
    void onBinaryMessage(const QByteArray& data);
    void onDisconnected();
    void countRefusedByLibrary(int closeCode);
    void handleFrame(const InboundFrame& frame);
    void handleHello(const HelloFrame& hello);
    void handleError(const ErrorFrame& error);
    void flushBurst();
    bool write(const OutboundFrame& frame);
    void heardFromGateway();
    void sendHeartbeat();
    qint64 writePing();
    // Closes the current socket with `code` and reconnects after the backoff delay. `reason` goes to the log (and the
    // close frame), `forAgent` (Chinese) to the diagnostics' last error.
    void dropConnection(QWebSocketProtocol::CloseCode code, const QString& reason, const QString& forAgent);
    void retireSocket(QWebSocketProtocol::CloseCode code, const QString& reason);
    void scheduleReconnect();
    void failAuth(const QString& gatewayMessage);
    void failUnsupported(const QString& detail);
    void setState(ChannelState state);

    ChannelSettings m_settings;
    std::function<qint64()> m_resumeSeqSource;
    ReconnectBackoff m_backoff;
    QElapsedTimer m_monotonic;
    QPointer<QWebSocket> m_socket;
    ChannelState m_state = ChannelState::Stopped;
    bool m_helloReceived = false;
    qint64 m_lastPingAtMs = 0;  // strictly increasing, so a pong names exactly one ping
    HelloFrame m_hello;
    qint64 m_heartbeatMs = 15000;
    qint64 m_lastAckedSeq = 0;
    ChannelDiagnostics m_diagnostics;
    QList<InboundFrame> m_burst;
    bool m_burstScheduled = false;
    QTimer m_helloTimer{this};     // children: moveToThread takes them along
    QTimer m_idleSendTimer{this};  // nothing sent for I → ping
    QTimer m_silenceTimer{this};   // nothing heard for 2×I → dead
    QTimer m_reconnectTimer{this};
};

}  // namespace kefu
