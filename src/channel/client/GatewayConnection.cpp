#include "channel/client/GatewayConnection.h"

#include "channel/FrameCodec.h"
#include "channel/client/SocketLowDelay.h"
#include "logging/Log.h"

#include <QDateTime>
#include <QUrl>
#include <QWebSocket>

#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kRetireGraceMs = 1000;  // a closing socket gets this long to write its close frame

int codeOf(QWebSocketProtocol::CloseCode code) {
    return static_cast<int>(code);
}

}  // namespace

GatewayConnection::GatewayConnection(ChannelSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_backoff(m_settings.timings.backoff) {
    m_monotonic.start();
    if (m_settings.clientName.isEmpty()) {
        m_settings.clientName = QStringLiteral("KefuDesk/" KEFU_VERSION);
    }
    m_resumeSeqSource = [this] { return m_lastAckedSeq; };
    for (QTimer* timer : {&m_helloTimer, &m_idleSendTimer, &m_silenceTimer, &m_reconnectTimer}) {
        timer->setSingleShot(true);
    }
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        dropConnection(QWebSocketProtocol::CloseCodeProtocolError,
                       u"no hello within %1 ms"_s.arg(m_settings.timings.helloTimeoutMs),
                       tr("网关没有按协议问候（hello 超时），正在重连"));
    });
    connect(&m_idleSendTimer, &QTimer::timeout, this, &GatewayConnection::sendHeartbeat);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        dropConnection(static_cast<QWebSocketProtocol::CloseCode>(4000),
                       u"heartbeat timeout: nothing received for %1 ms"_s.arg(2 * m_heartbeatMs),
                       tr("网关无响应（心跳超时），正在重连"));
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        ++m_diagnostics.reconnects;
        openSocket();
    });
}

GatewayConnection::~GatewayConnection() {
    if (m_socket) {
        m_socket->disconnect(this);
    }
}

void GatewayConnection::setResumeSeqSource(std::function<qint64()> source) {
    m_resumeSeqSource = std::move(source);
}

void GatewayConnection::start() {
    if (m_socket || m_reconnectTimer.isActive()) {
        return;
    }
    m_backoff.reset();
    openSocket();
}

void GatewayConnection::stop() {
    m_reconnectTimer.stop();
    if (m_socket) {
        log::info("网关连接: 停止 ({})", m_settings.url);
        retireSocket(QWebSocketProtocol::CloseCodeNormal, u"workbench stopped"_s);
    }
    setState(ChannelState::Stopped);
}

void GatewayConnection::openSocket() {
    m_helloReceived = false;
    m_burst.clear();
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(m_settings.timings.maxIncomingMessageBytes));
    connect(socket, &QWebSocket::textMessageReceived, this, &GatewayConnection::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &GatewayConnection::onBinaryMessage);
    connect(socket, &QWebSocket::disconnected, this, &GatewayConnection::onDisconnected);
    connect(socket, &QWebSocket::connected, socket, [socket] { setSocketLowDelay(*socket); });
    m_socket = socket;
    setState(ChannelState::Connecting);
    m_helloTimer.start(static_cast<int>(m_settings.timings.helloTimeoutMs));
    log::info("网关连接: 连接 {}", m_settings.url);
    socket->open(QUrl(m_settings.url));
}

void GatewayConnection::onTextMessage(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    ++m_diagnostics.framesIn;
    m_diagnostics.bytesIn += utf8.size();
    heardFromGateway();
    Result<InboundFrame> decoded = FrameCodec::decode(utf8);
    if (!decoded) {
        const std::optional<FrameProblem> problem = frameProblemOf(decoded.error());
        if (problem == FrameProblem::UnsupportedVersion) {
            failUnsupported(decoded.error().detail);
            return;
        }
        m_diagnostics.countBadFrame(problem ? frameProblemKey(*problem) : u"malformed_json"_s);
        log::warn("网关连接: 丢弃无法解析的帧 ({} 字节): {}", utf8.size(), decoded.error().detail);
        Q_EMIT diagnosticsChanged();
        if (const std::optional<qint64> seq = FrameCodec::sequenceOfRefused(utf8)) {
            Q_EMIT sequencedFrameRefused(*seq);
        }
        return;
    }
    handleFrame(decoded.value());
}

void GatewayConnection::onBinaryMessage(const QByteArray& data) {
    // §1 has no binary frames. Dropping it keeps the stream going: closing would make the gateway re-send whatever
    // it was, forever.
    ++m_diagnostics.framesIn;
    m_diagnostics.bytesIn += data.size();
    heardFromGateway();
    m_diagnostics.countBadFrame(ChannelDiagnostics::kBinaryFrameKey.toString());
    log::warn("网关连接: 丢弃二进制帧 ({} 字节): 协议只用文本帧", data.size());
    Q_EMIT diagnosticsChanged();
}

void GatewayConnection::handleFrame(const InboundFrame& frame) {
    if (!m_helloReceived) {
        if (const auto* hello = std::get_if<HelloFrame>(&frame)) {
            handleHello(*hello);
        } else {
            dropConnection(QWebSocketProtocol::CloseCodeProtocolError,
                           u"expected hello first, got %1"_s.arg(QString::fromLatin1(frameType(frame))),
                           tr("网关协议错误（第一帧不是 hello），正在重连"));
        }
        return;
    }
    std::visit(
        [this, &frame](const auto& f) {
            using F = std::decay_t<decltype(f)>;
            if constexpr (std::is_same_v<F, PingFrame>) {
                write(PongFrame{.id = {}, .atMs = f.atMs});
            } else if constexpr (std::is_same_v<F, PongFrame>) {
                Q_EMIT pongReceived(f.atMs);
            } else if constexpr (std::is_same_v<F, HelloFrame>) {
                log::warn(u"网关连接: 忽略重复的 hello"_s);
            } else if constexpr (std::is_same_v<F, ErrorFrame>) {
                handleError(f);
            } else {
                m_burst.append(frame);
                if (!m_burstScheduled) {
                    m_burstScheduled = true;
                    // Queued: every frame already read from the socket in this turn joins the burst first.
                    QMetaObject::invokeMethod(this, &GatewayConnection::flushBurst, Qt::QueuedConnection);
                }
            }
        },
        frame);
}

void GatewayConnection::handleHello(const HelloFrame& hello) {
    m_helloTimer.stop();
    m_helloReceived = true;
    m_hello = hello;
    m_heartbeatMs =
        m_settings.timings.heartbeatOverrideMs > 0 ? m_settings.timings.heartbeatOverrideMs : hello.heartbeatIntervalMs;
    m_diagnostics.lastConnectedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_backoff.connectionUp(m_monotonic.elapsed());
    const qint64 lastSeq = m_resumeSeqSource ? m_resumeSeqSource() : m_lastAckedSeq;
    log::info("网关连接: 已连接 {} ({}), 心跳 {} ms, 从 seq {} 继续", hello.shopName, hello.shopNick, m_heartbeatMs,
              lastSeq);
    write(AuthFrame{
        .id = {}, .agentNick = m_settings.agentNick, .token = m_settings.token, .client = m_settings.clientName});
    write(ResumeFrame{.id = {}, .lastSeq = lastSeq});
    m_silenceTimer.start(static_cast<int>(2 * m_heartbeatMs));
    setState(ChannelState::Live);
    Q_EMIT live();
    // The gateway handles a connection's frames in order and answers a ping at once, so the pong to this ping says
    // auth and everything the worker just wrote have been processed (a refused token gets auth_failed instead).
    writePing();
    Q_EMIT diagnosticsChanged();
}

void GatewayConnection::handleError(const ErrorFrame& error) {
    log::warn("网关错误 {}{}: {} | {} | ref {}", error.code, error.fatal ? u" (fatal)"_s : QString(), error.message,
              error.detail, error.ref);
    m_diagnostics.lastError = error.message;
    if (error.code == u"auth_failed"_s) {
        failAuth(error.message);
        return;
    }
    Q_EMIT errorReceived(error);
    Q_EMIT diagnosticsChanged();
}

void GatewayConnection::flushBurst() {
    m_burstScheduled = false;
    if (m_burst.isEmpty()) {
        return;
    }
    const QList<InboundFrame> burst = std::exchange(m_burst, {});
    Q_EMIT sequencedFrames(burst);
}

bool GatewayConnection::send(const OutboundFrame& frame) {
    if (m_state != ChannelState::Live) {
        return false;
    }
    return write(frame);
}

bool GatewayConnection::write(const OutboundFrame& frame) {
    if (!m_socket) {
        return false;
    }
    const QByteArray utf8 = FrameCodec::encode(frame);
    const qint64 written = m_socket->sendTextMessage(QString::fromUtf8(utf8));
    if (written <= 0) {
        log::warn("网关连接: {} 帧未能写出", QString::fromLatin1(frameType(frame)));
        return false;
    }
    ++m_diagnostics.framesOut;
    m_diagnostics.bytesOut += utf8.size();
    if (m_heartbeatMs > 0 && m_helloReceived) {
        m_idleSendTimer.start(static_cast<int>(m_heartbeatMs));
    }
    return true;
}

void GatewayConnection::ack(qint64 seq) {
    if (seq <= 0) {
        return;
    }
    m_lastAckedSeq = std::max(m_lastAckedSeq, seq);
    if (send(AckFrame{.id = {}, .seq = seq})) {
        m_diagnostics.lastAckedSeq = seq;
    }
}

void GatewayConnection::restart(const QString& reason) {
    if (m_socket) {
        dropConnection(QWebSocketProtocol::CloseCodeAbnormalDisconnection, reason, tr("本地保存失败，正在重连后重收"));
    }
}

void GatewayConnection::heardFromGateway() {
    if (m_helloReceived) {
        m_silenceTimer.start(static_cast<int>(2 * m_heartbeatMs));
    }
}

void GatewayConnection::sendHeartbeat() {
    if (m_state == ChannelState::Live) {
        writePing();
    }
}

qint64 GatewayConnection::probe() {
    return m_state == ChannelState::Live ? writePing() : 0;
}

qint64 GatewayConnection::writePing() {
    // One past the last when the clock has not moved (or went back): a pong must name one ping only.
    const qint64 atMs = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastPingAtMs + 1);
    if (!write(PingFrame{.id = {}, .atMs = atMs})) {
        return 0;
    }
    m_lastPingAtMs = atMs;
    return atMs;
}

void GatewayConnection::onDisconnected() {
    auto* socket = qobject_cast<QWebSocket*>(sender());
    if (!socket || socket != m_socket) {
        return;
    }
    const int peerCode = codeOf(socket->closeCode());
    const QString why =
        u"connection ended: close code %1 %2 (%3)"_s.arg(peerCode).arg(socket->closeReason(), socket->errorString());
    socket->disconnect(this);
    socket->deleteLater();
    m_socket = nullptr;
    log::warn("网关连接: 连接断开 ({})", why);
    m_diagnostics.lastError = tr("与网关的连接已断开（代码 %1），正在重连").arg(peerCode);
    m_helloTimer.stop();
    m_idleSendTimer.stop();
    m_silenceTimer.stop();
    m_backoff.connectionDown(m_monotonic.elapsed());
    if (m_state == ChannelState::AuthFailed || m_state == ChannelState::Unsupported ||
        m_state == ChannelState::Stopped) {
        return;
    }
    countRefusedByLibrary(peerCode);
    if (peerCode == codeOf(QWebSocketProtocol::CloseCodePolicyViolated)) {
        // 1008 is how the gateway refuses a token; the auth_failed error before it may have been lost.
        failAuth(socket->closeReason());
        return;
    }
    scheduleReconnect();
}

void GatewayConnection::countRefusedByLibrary(int closeCode) {
    // QWebSocket checks UTF-8 and the message size itself and closes (1007, 1009) before FrameCodec sees the frame.
    if (closeCode == codeOf(QWebSocketProtocol::CloseCodeWrongDatatype)) {
        m_diagnostics.countBadFrame(FrameProblem::InvalidUtf8);
    } else if (closeCode == codeOf(QWebSocketProtocol::CloseCodeTooMuchData)) {
        m_diagnostics.countBadFrame(FrameProblem::TooLarge);
    }
}

void GatewayConnection::dropConnection(QWebSocketProtocol::CloseCode code, const QString& reason,
                                       const QString& forAgent) {
    log::warn("网关连接: 关闭连接 (code {}): {}", codeOf(code), reason);
    m_diagnostics.lastError = forAgent;
    retireSocket(code, reason);
    m_backoff.connectionDown(m_monotonic.elapsed());
    scheduleReconnect();
}

void GatewayConnection::retireSocket(QWebSocketProtocol::CloseCode code, const QString& reason) {
    m_helloTimer.stop();
    m_idleSendTimer.stop();
    m_silenceTimer.stop();
    m_helloReceived = false;
    QWebSocket* socket = m_socket;
    m_socket = nullptr;
    if (!socket) {
        return;
    }
    // Detached first, so nothing it still reads or reports reaches the session that replaces it.
    socket->disconnect(this);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kRetireGraceMs, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::ConnectedState) {
        socket->close(code, reason);
        socket->flush();
    } else {
        socket->abort();  // still opening: there is no WebSocket session to close yet
    }
}

void GatewayConnection::scheduleReconnect() {
    const qint64 delay = m_backoff.nextDelayMs();
    log::info("网关连接: {} ms 后重连", delay);
    setState(ChannelState::Reconnecting);
    m_reconnectTimer.start(static_cast<int>(delay));
    Q_EMIT diagnosticsChanged();
}

void GatewayConnection::failAuth(const QString& gatewayMessage) {
    const QString message = tr("网关拒绝了登录：%1。请重新登录后再连接。")
                                .arg(gatewayMessage.isEmpty() ? tr("令牌无效或已过期") : gatewayMessage);
    log::error("网关连接: 登录被拒绝, 不再重连: {}", gatewayMessage);
    m_reconnectTimer.stop();
    setState(ChannelState::AuthFailed);
    retireSocket(QWebSocketProtocol::CloseCodeNormal, u"auth failed"_s);
    m_diagnostics.lastError = message;
    Q_EMIT authFailed(message);
    Q_EMIT diagnosticsChanged();
}

void GatewayConnection::failUnsupported(const QString& detail) {
    const QString message = tr("网关协议版本不受支持，请升级 KefuDesk。");
    log::error("网关连接: 协议版本不受支持, 关闭 (1002), 不再重连: {}", detail);
    m_reconnectTimer.stop();
    setState(ChannelState::Unsupported);
    retireSocket(QWebSocketProtocol::CloseCodeProtocolError, u"unsupported protocol version"_s);
    m_diagnostics.lastError = message;
    Q_EMIT unsupportedVersion(message);
    Q_EMIT diagnosticsChanged();
}

void GatewayConnection::setState(ChannelState state) {
    if (state == m_state) {
        return;
    }
    log::info("网关连接: 状态 {} → {}", channelStateKey(m_state), channelStateKey(state));
    m_state = state;
    Q_EMIT stateChanged(state);
}

}  // namespace kefu
