#pragma once

#include "channel/InboundFrame.h"
#include "channel/OutboundFrame.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

class QWebSocket;

namespace kefu {

class Clock;
class FaultInjector;

// One workbench's WebSocket as the gateway sees it: decodes what arrives (answering bad frames with bad_frame and
// pings with pong), keeps the heartbeat and the auth deadline, and writes what the simulator sends through the fault
// pipeline (malformed → duplicate → reorder window → delay → drop counter). A reorder window is never split, by the
// delay or by a drop: its seqs are out of order, so a workbench that persisted part of it could not tell the rest from
// duplicates, and the fault would lose frames instead of testing reordering. The session logic (auth, resume, replies)
// is the GatewaySimulator's; this class only knows whether the session is authenticated and live.
class SimConnection : public QObject {
    Q_OBJECT
public:
    struct Timing {
        qint64 heartbeatIntervalMs = 15000;
        qint64 authTimeoutMs = 10000;
        int maxBadFramesPerMinute = 10;
    };

    SimConnection(QWebSocket* socket, FaultInjector& faults, const Clock& clock, Timing timing,
                  QObject* parent = nullptr);
    ~SimConnection() override;

    void sendHello(const HelloFrame& hello);  // first, unfaulted
    void send(const InboundFrame& frame);     // through the fault pipeline
    // A fatal error flushes what is pending, writes the error and closes with `closeCode`.
    void sendError(const QString& code, const QString& message, const QString& detail = {}, const QString& ref = {},
                   bool fatal = false,
                   QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeProtocolError);
    void closeWith(QWebSocketProtocol::CloseCode code, const QString& reason = {});
    void abortConnection();  // a network failure: no close frame, pending frames lost

    bool isOpen() const { return !m_closing; }
    bool isAuthenticated() const { return !m_agentNick.isEmpty(); }
    bool isLive() const { return m_live; }  // authenticated and resumed: receives live frames
    const QString& agentNick() const { return m_agentNick; }
    void markAuthenticated(const QString& agentNick);
    void markLive() { m_live = true; }
    int sequencedWritten() const { return m_sequencedWritten; }

Q_SIGNALS:
    void frameReceived(kefu::SimConnection* connection, const kefu::OutboundFrame& frame);
    void badFrameReceived(kefu::SimConnection* connection, const QString& detail);
    void closed(kefu::SimConnection* connection);

private:
    struct Windowed {
        QByteArray text;
        qint64 order = 0;
    };
    struct Outgoing {
        Outgoing(QByteArray frameText, bool isSequenced = false, bool isWindowEnd = true)
            : text(std::move(frameText)), sequenced(isSequenced), endsWindow(isWindowEnd) {}
        QByteArray text;
        bool sequenced = false;
        bool endsWindow = true;  // false inside a reorder window: a drop waits for the window's last frame
        qint64 dueMs = 0;
    };

    void onText(const QString& text);
    void onBinary();
    void onHeartbeatTick();
    void onAuthDeadline();
    void handleBadFrame(const QByteArray& utf8, const QString& detail);
    void enqueue(const QByteArray& text, bool sequenced);
    void flushWindow();
    // One delay for the whole group, so a reorder window is written in one go (one burst at the workbench).
    void toDelayQueue(QList<Outgoing> group);
    void drainDue();
    void flushAll();
    void write(const Outgoing& frame);

    QWebSocket* m_socket;
    FaultInjector& m_faults;
    const Clock& m_clock;
    Timing m_timing;
    QString m_agentNick;
    bool m_live = false;
    bool m_closing = false;
    int m_sequencedWritten = 0;
    qint64 m_windowOrder = 0;
    QList<Windowed> m_window;
    QList<Outgoing> m_queue;
    bool m_dropPending = false;
    QList<qint64> m_badFrameTimes;
    QElapsedTimer m_sinceSent;
    QElapsedTimer m_sinceReceived;
    QElapsedTimer m_steady;
    QTimer m_heartbeat;
    QTimer m_authDeadline;
    QTimer m_windowTimer;
    QTimer m_queueTimer;
};

}  // namespace kefu
