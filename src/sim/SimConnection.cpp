#include "sim/SimConnection.h"

#include "channel/FrameCodec.h"
#include "core/Clock.h"
#include "logging/Log.h"
#include "sim/FaultInjector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qint64 kBadFrameWindowMs = 60000;

// The `id` of a frame that failed decoding, when it can still be read, so the error can quote it as `ref`.
QString readableFrameId(const QByteArray& utf8) {
    if (utf8.size() > FrameCodec::kMaxFrameBytes) {
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(utf8);
    const QString id = doc.isObject() ? doc.object().value(u"id"_s).toString() : QString();
    static const QRegularExpression gatewayId(u"^[A-Za-z0-9._:-]{1,64}$"_s);
    return gatewayId.match(id).hasMatch() ? id : QString();
}

}  // namespace

SimConnection::SimConnection(QWebSocket* socket, FaultInjector& faults, const Clock& clock, Timing timing,
                             QObject* parent)
    : QObject(parent), m_socket(socket), m_faults(faults), m_clock(clock), m_timing(timing) {
    m_socket->setParent(this);
    m_sinceSent.start();
    m_sinceReceived.start();
    m_steady.start();
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SimConnection::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray&) { onBinary(); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        m_heartbeat.stop();
        m_authDeadline.stop();
        Q_EMIT closed(this);
    });
    m_heartbeat.setInterval(static_cast<int>(qBound(qint64{50}, m_timing.heartbeatIntervalMs / 5, qint64{1000})));
    connect(&m_heartbeat, &QTimer::timeout, this, &SimConnection::onHeartbeatTick);
    m_heartbeat.start();
    m_authDeadline.setSingleShot(true);
    connect(&m_authDeadline, &QTimer::timeout, this, &SimConnection::onAuthDeadline);
    m_authDeadline.start(static_cast<int>(m_timing.authTimeoutMs));
    m_windowTimer.setSingleShot(true);
    connect(&m_windowTimer, &QTimer::timeout, this, &SimConnection::flushWindow);
    m_queueTimer.setSingleShot(true);
    connect(&m_queueTimer, &QTimer::timeout, this, &SimConnection::drainDue);
}

SimConnection::~SimConnection() = default;

void SimConnection::markAuthenticated(const QString& agentNick) {
    m_agentNick = agentNick;
    m_authDeadline.stop();
}

void SimConnection::sendHello(const HelloFrame& hello) {
    write({FrameCodec::encodeInbound(hello)});
}

void SimConnection::send(const InboundFrame& frame) {
    if (m_closing) {
        return;
    }
    enqueue(FrameCodec::encodeInbound(frame), sequenceOf(frame).has_value());
}

void SimConnection::sendError(const QString& code, const QString& message, const QString& detail, const QString& ref,
                              bool fatal, QWebSocketProtocol::CloseCode closeCode) {
    if (m_closing) {
        return;
    }
    ErrorFrame error;
    error.code = code;
    error.message = message;
    error.detail = detail.left(FrameLimits::kMaxErrorMessageLength);
    error.ref = ref;
    error.fatal = fatal;
    if (!fatal) {
        send(error);
        return;
    }
    flushAll();
    write({FrameCodec::encodeInbound(error)});
    closeWith(closeCode, code);
}

void SimConnection::closeWith(QWebSocketProtocol::CloseCode code, const QString& reason) {
    if (m_closing) {
        return;
    }
    flushAll();
    m_closing = true;
    m_socket->close(code, reason);
}

void SimConnection::abortConnection() {
    if (m_closing) {
        return;
    }
    m_closing = true;
    m_window.clear();
    m_queue.clear();
    m_socket->flush();
    m_socket->abort();
}

void SimConnection::onText(const QString& text) {
    m_sinceReceived.restart();
    if (m_closing) {
        return;  // after a fatal error nothing the workbench pipelined takes effect
    }
    const QByteArray utf8 = text.toUtf8();
    Result<OutboundFrame> frame = FrameCodec::decodeOutbound(utf8);
    if (!frame) {
        handleBadFrame(utf8, frame.error().detail);
        return;
    }
    if (const auto* ping = std::get_if<PingFrame>(&frame.value())) {
        // Answered at once, before anything queued in the fault pipeline.
        write({FrameCodec::encodeInbound(PongFrame{{}, ping->atMs})});
    }
    Q_EMIT frameReceived(this, frame.value());
}

void SimConnection::onBinary() {
    m_sinceReceived.restart();
    closeWith(QWebSocketProtocol::CloseCodeDatatypeNotSupported, u"binary frames are not used"_s);
}

void SimConnection::handleBadFrame(const QByteArray& utf8, const QString& detail) {
    Q_EMIT badFrameReceived(this, detail);
    if (detail.startsWith(u"[unsupported_version]")) {
        sendError(u"unsupported_version"_s, tr("客户端协议版本不受支持"), detail, readableFrameId(utf8), true);
        return;
    }
    const qint64 now = m_steady.elapsed();
    m_badFrameTimes.append(now);
    while (!m_badFrameTimes.isEmpty() && now - m_badFrameTimes.constFirst() > kBadFrameWindowMs) {
        m_badFrameTimes.removeFirst();
    }
    sendError(u"bad_frame"_s, tr("消息格式错误"), detail, readableFrameId(utf8), false);
    if (m_badFrameTimes.size() >= m_timing.maxBadFramesPerMinute) {
        closeWith(QWebSocketProtocol::CloseCodeProtocolError, u"too many bad frames"_s);
    }
}

void SimConnection::onHeartbeatTick() {
    if (m_closing) {
        return;
    }
    if (m_sinceReceived.elapsed() >= 2 * m_timing.heartbeatIntervalMs) {
        log::info("模拟网关：{} 心跳超时，断开连接", m_agentNick);
        closeWith(static_cast<QWebSocketProtocol::CloseCode>(4000), u"heartbeat timeout"_s);
        return;
    }
    if (m_sinceSent.elapsed() >= m_timing.heartbeatIntervalMs) {
        write({FrameCodec::encodeInbound(PingFrame{{}, m_clock.nowMs()})});
    }
}

void SimConnection::onAuthDeadline() {
    if (!isAuthenticated()) {
        sendError(u"auth_timeout"_s, tr("登录超时，请重新连接"), {}, {}, true);
    }
}

void SimConnection::enqueue(const QByteArray& text, bool sequenced) {
    const QByteArray bad = m_faults.maybeMalformed();
    if (!bad.isEmpty()) {
        toDelayQueue({Outgoing{bad}});
    }
    const int copies = sequenced && m_faults.shouldDuplicate() ? 2 : 1;
    for (int i = 0; i < copies; ++i) {
        if (sequenced && m_faults.reorders()) {
            m_window.append({text, ++m_windowOrder});
            if (m_window.size() >= m_faults.plan().reorderWindow) {
                flushWindow();
            } else {
                m_windowTimer.start(qMax(1, m_faults.plan().reorderFlushMs));
            }
        } else {
            toDelayQueue({Outgoing{text, sequenced}});
        }
    }
}

void SimConnection::flushWindow() {
    m_windowTimer.stop();
    QList<Windowed> window;
    window.swap(m_window);
    if (window.isEmpty()) {
        return;
    }
    m_faults.shuffle(window);
    QList<Outgoing> group;
    for (const Windowed& w : window) {
        group.append({w.text, true, false});
    }
    group.last().endsWindow = true;
    toDelayQueue(group);
}

void SimConnection::toDelayQueue(QList<Outgoing> group) {
    const qint64 delay = m_faults.delayMs();
    if (delay == 0 && m_queue.isEmpty()) {
        for (const Outgoing& frame : std::as_const(group)) {
            write(frame);
        }
        return;
    }
    const qint64 now = m_steady.elapsed();
    const qint64 due = qMax(now + delay, m_queue.isEmpty() ? 0 : m_queue.constLast().dueMs);
    for (Outgoing& frame : group) {
        frame.dueMs = due;
        m_queue.append(frame);
    }
    if (!m_queueTimer.isActive()) {
        m_queueTimer.start(static_cast<int>(qMax<qint64>(0, m_queue.constFirst().dueMs - now)));
    }
}

void SimConnection::drainDue() {
    const qint64 now = m_steady.elapsed();
    while (!m_queue.isEmpty() && m_queue.constFirst().dueMs <= now && !m_closing) {
        write(m_queue.takeFirst());
    }
    if (!m_queue.isEmpty() && !m_closing) {
        m_queueTimer.start(static_cast<int>(qMax<qint64>(0, m_queue.constFirst().dueMs - now)));
    }
}

void SimConnection::flushAll() {
    flushWindow();
    m_queueTimer.stop();
    while (!m_queue.isEmpty() && !m_closing) {
        write(m_queue.takeFirst());
    }
}

void SimConnection::write(const Outgoing& frame) {
    if (m_closing) {
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(frame.text));
    m_sinceSent.restart();
    if (frame.sequenced) {
        ++m_sequencedWritten;
        const int dropEvery = m_faults.plan().dropEvery;
        m_dropPending = m_dropPending || (dropEvery > 0 && m_sequencedWritten % dropEvery == 0);
    }
    if (m_dropPending && frame.endsWindow) {
        log::info("模拟网关：已发送 {} 个序号帧，按故障计划断开 {}", m_sequencedWritten, m_agentNick);
        abortConnection();
    }
}

}  // namespace kefu
