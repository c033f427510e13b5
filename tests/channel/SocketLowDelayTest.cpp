#include "channel/client/SocketLowDelay.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <gtest/gtest.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

int noDelayOf(qintptr descriptor) {
    int value = 0;
    socklen_t size = sizeof value;
    EXPECT_EQ(::getsockopt(static_cast<int>(descriptor), IPPROTO_TCP, TCP_NODELAY, &value, &size), 0);
    return value;
}

// Without it a gateway's pong sat unacknowledged ahead of the next buyer message, which then waited for the
// workbench's delayed ACK (buyer → inbox row p95 33 ms instead of 1.3 ms at 100 msg/s).
TEST(SocketLowDelayTest, BothEndsOfALoopbackChannelSendSmallFramesAtOnce) {
    QWebSocketServer server(u"low-delay"_s, QWebSocketServer::NonSecureMode);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    ASSERT_TRUE(setListenerLowDelay(server));
    QSignalSpy accepted(&server, &QWebSocketServer::newConnection);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(server.serverUrl());
    ASSERT_TRUE(connected.wait(5000));
    ASSERT_TRUE(setSocketLowDelay(client));
    const auto* tcp = client.findChild<QAbstractSocket*>();
    ASSERT_NE(tcp, nullptr);
    EXPECT_EQ(noDelayOf(tcp->socketDescriptor()), 1) << "the workbench's side";

    ASSERT_TRUE(accepted.count() > 0 || accepted.wait(5000));
    EXPECT_EQ(noDelayOf(server.socketDescriptor()), 1) << "the listener, which accepted sockets inherit on Linux";
}

}  // namespace
}  // namespace kefu
