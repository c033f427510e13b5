#include "FakeGateway.h"

#include "channel/FrameCodec.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QThread>
#include <QWebSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu::test {

FakeGateway::FakeGateway(QObject* parent)
    : QObject(parent), m_server(u"fake-gateway"_s, QWebSocketServer::NonSecureMode), m_helloText(helloText()) {
    EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeGateway::onNewConnection);
}

FakeGateway::~FakeGateway() {
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
    }
    m_server.close();
}

QUrl FakeGateway::url() const {
    return QUrl(u"ws://127.0.0.1:%1/agent"_s.arg(m_server.serverPort()));
}

QByteArray FakeGateway::helloText(qint64 heartbeatMs, int version) {
    return QStringLiteral(
               R"({"v":%1,"type":"hello","shop_nick":"木棉纪旗舰店","shop_name":"木棉纪旗舰店","heartbeat_interval_ms":%2,"server_time_ms":1718000000000})")
        .arg(version)
        .arg(heartbeatMs)
        .toUtf8();
}

QStringList FakeGateway::receivedTypes() const {
    QStringList types;
    for (const OutboundFrame& frame : m_received) {
        if (std::holds_alternative<PingFrame>(frame) || std::holds_alternative<PongFrame>(frame)) {
            continue;
        }
        types << QString::fromLatin1(frameType(frame));
    }
    return types;
}

void FakeGateway::onNewConnection() {
    while (QWebSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        if (m_client) {
            m_client->disconnect(this);
            m_client->abort();
        }
        m_client = socket;
        ++m_connections;
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& text) { onText(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clientCloseCodes.append(static_cast<int>(socket->closeCode()));
            socket->deleteLater();
        });
        if (!m_helloText.isEmpty()) {
            socket->sendTextMessage(QString::fromUtf8(m_helloText));
        }
    }
}

void FakeGateway::onText(QWebSocket* socket, const QString& text) {
    Result<OutboundFrame> decoded = FrameCodec::decodeOutbound(text.toUtf8());
    if (!decoded) {
        ++m_badFrames;
        ADD_FAILURE() << "the workbench sent a bad frame: " << decoded.error().detail.toStdString();
        return;
    }
    const OutboundFrame frame = decoded.value();
    m_received.append(frame);
    if (m_silent) {
        return;
    }
    if (const auto* auth = std::get_if<AuthFrame>(&frame); auth && auth->token != m_token) {
        send(ErrorFrame{
            .id = {}, .code = u"auth_failed"_s, .message = u"登录凭证无效"_s, .detail = {}, .ref = {}, .fatal = true});
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"auth failed"_s);
        return;
    }
    if (const auto* ping = std::get_if<PingFrame>(&frame); ping && m_answerPings) {
        send(PongFrame{.id = {}, .atMs = ping->atMs});
    }
    if (m_onFrame) {
        m_onFrame(frame);
    }
    Q_EMIT frameReceived(frame);
}

void FakeGateway::send(const InboundFrame& frame) {
    sendText(FrameCodec::encodeInbound(frame));
}

void FakeGateway::sendText(const QByteArray& utf8) {
    if (m_client) {
        m_client->sendTextMessage(QString::fromUtf8(utf8));
    }
}

void FakeGateway::sendBinary(const QByteArray& data) {
    if (m_client) {
        m_client->sendBinaryMessage(data);
    }
}

void FakeGateway::sendAll(const QList<QByteArray>& texts) {
    // QWebSocket buffers every write until the event loop runs, so they leave in one TCP segment.
    for (const QByteArray& text : texts) {
        sendText(text);
    }
    if (m_client) {
        m_client->flush();
    }
}

void FakeGateway::closeClient(QWebSocketProtocol::CloseCode code, const QString& reason) {
    if (m_client) {
        m_client->close(code, reason);
    }
}

void FakeGateway::abortClient() {
    if (m_client) {
        m_client->abort();
    }
}

bool FakeGateway::waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

}  // namespace kefu::test
