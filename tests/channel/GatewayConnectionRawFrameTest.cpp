// What the client does with bytes a QWebSocketServer cannot send: invalid UTF-8 in a text frame. A hand-written
// server on a QTcpServer completes the upgrade and writes raw frames.
#include "FakeGateway.h"
#include "channel/client/GatewayConnection.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

using test::FakeGateway;

QByteArray serverFrame(quint8 opcode, const QByteArray& payload) {
    QByteArray frame;
    frame.append(static_cast<char>(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(static_cast<char>(payload.size()));
    } else {
        frame.append(static_cast<char>(126));
        frame.append(static_cast<char>((payload.size() >> 8) & 0xff));
        frame.append(static_cast<char>(payload.size() & 0xff));
    }
    return frame + payload;
}

// Answers the upgrade, then sends hello and `after` as raw text frames.
class RawGateway {
public:
    explicit RawGateway(QByteArray after) : m_after(std::move(after)) {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onRead(socket); });
            }
        });
    }
    QString url() const { return u"ws://127.0.0.1:%1/"_s.arg(m_server.serverPort()); }
    int connections = 0;

private:
    void onRead(QTcpSocket* socket) {
        if (socket->property("upgraded").toBool()) {
            socket->readAll();  // auth, resume: not checked here
            return;
        }
        m_request += socket->readAll();
        if (!m_request.contains("\r\n\r\n")) {
            return;
        }
        const auto key =
            QRegularExpression(u"Sec-WebSocket-Key: *([^\\r\\n]+)"_s, QRegularExpression::CaseInsensitiveOption)
                .match(QString::fromLatin1(m_request))
                .captured(1)
                .toLatin1();
        const QByteArray accept =
            QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                .toBase64();
        m_request.clear();
        socket->setProperty("upgraded", true);
        socket->write(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Accept: " +
            accept + "\r\n\r\n");
        socket->write(serverFrame(0x1, FakeGateway::helloText()));
        socket->write(serverFrame(0x1, m_after));
    }

    QTcpServer m_server;
    QByteArray m_request;
    QByteArray m_after;
};

TEST(GatewayConnectionRawFrameTest, InvalidUtf8IsRefusedByQtWith1007CountedAndRetried) {
    // Latin-1 bytes in a text frame: QWebSocket refuses the message itself (1007) before FrameCodec can see it,
    // so the client cannot keep this connection; it counts the frame and reconnects (protocol §7).
    RawGateway gateway(QByteArray(R"({"v":1,"type":"ping","at_ms":1,"x":")") + "\xe9\xe8" + R"("})");
    ChannelSettings settings;
    settings.url = gateway.url();
    settings.agentNick = u"木棉纪旗舰店:小美"_s;
    settings.token = u"good-token"_s;
    settings.timings.backoff = BackoffPolicy{.initialMs = 50, .maxMs = 50, .jitter = 0.0, .stableMs = 60000};
    GatewayConnection connection(settings);
    connection.start();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.connections >= 2; }));
    EXPECT_GE(connection.diagnostics().badFrameCount(u"invalid_utf8"_s), 1);
}

}  // namespace
}  // namespace kefu
