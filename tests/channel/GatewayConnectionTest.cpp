#include "FakeGateway.h"
#include "channel/FrameCodec.h"
#include "channel/client/GatewayConnection.h"

#include <QElapsedTimer>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

using test::FakeGateway;

ChannelSettings fastSettings(const FakeGateway& gateway) {
    ChannelSettings settings;
    settings.url = gateway.url().toString();
    settings.agentNick = u"木棉纪旗舰店:小美"_s;
    settings.token = u"good-token"_s;
    settings.timings.helloTimeoutMs = 300;
    settings.timings.backoff = BackoffPolicy{.initialMs = 50, .maxMs = 200, .jitter = 0.0, .stableMs = 60000};
    return settings;
}

class GatewayConnectionTest : public ::testing::Test {
protected:
    void startWith(ChannelSettings settings) {
        connection = std::make_unique<GatewayConnection>(std::move(settings));
        QObject::connect(connection.get(), &GatewayConnection::sequencedFrames, connection.get(),
                         [this](const QList<InboundFrame>& frames) { bursts.append(frames); });
        connection->start();
    }
    void startLive() {
        startWith(fastSettings(gateway));
        ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedTypes().size() >= 2; }));
        ASSERT_EQ(connection->state(), ChannelState::Live);
    }
    static QByteArray openedFrame(qint64 seq) {
        return FrameCodec::encodeInbound(ConversationOpenedFrame{.id = {},
                                                                 .seq = seq,
                                                                 .conversationId = u"conv-1"_s,
                                                                 .buyerNick = u"小鱼儿_88"_s,
                                                                 .channel = Channel::Tmall,
                                                                 .openedAtMs = 1718000000000});
    }

    FakeGateway gateway;
    std::unique_ptr<GatewayConnection> connection;
    QList<QList<InboundFrame>> bursts;
};

TEST_F(GatewayConnectionTest, AfterHelloSendsAuthThenResumeThenWhatTheWorkerSends) {
    ChannelSettings settings = fastSettings(gateway);
    startWith(settings);
    connection->setResumeSeqSource([] { return qint64(42); });
    EXPECT_FALSE(connection->send(PresenceFrame{}));  // not live yet: the caller keeps it
    QObject::connect(connection.get(), &GatewayConnection::live, connection.get(), [this] {
        connection->send(MessageSendFrame{.id = {},
                                          .clientMessageId = u"c-1"_s,
                                          .conversationId = u"conv-1"_s,
                                          .kind = MessageKind::Text,
                                          .body = u"亲，在的"_s});
    });
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.received().size() >= 3; }));
    EXPECT_EQ(gateway.receivedTypes(), (QStringList{u"auth"_s, u"resume"_s, u"message.send"_s}));
    const AuthFrame auth = gateway.receivedOf<AuthFrame>().value(0);
    EXPECT_EQ(auth.agentNick, u"木棉纪旗舰店:小美"_s);
    EXPECT_EQ(auth.token, u"good-token"_s);
    EXPECT_TRUE(auth.client.startsWith(u"KefuDesk/"_s));
    EXPECT_EQ(gateway.receivedOf<ResumeFrame>().value(0).lastSeq, 42);
    EXPECT_EQ(connection->state(), ChannelState::Live);
    EXPECT_EQ(connection->hello().shopName, u"木棉纪旗舰店"_s);
}

// The pong to the ping written right after auth and resume is what proves the session's first frames were processed
// (protocol v1 has no "auth ok" frame); the worker releases proven outbox commands on it.
TEST_F(GatewayConnectionTest, ProbesWithAPingRightAfterAuthAndResumeAndRelaysItsPong) {
    gateway.setAnswerPings(false);
    QList<qint64> pongs;
    startWith(fastSettings(gateway));
    QObject::connect(connection.get(), &GatewayConnection::pongReceived, connection.get(),
                     [&](qint64 atMs) { pongs.append(atMs); });
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<PingFrame>().size() == 1; }));
    const QList<OutboundFrame> frames = gateway.received();
    ASSERT_GE(frames.size(), 3);
    EXPECT_TRUE(std::holds_alternative<AuthFrame>(frames[0]));
    EXPECT_TRUE(std::holds_alternative<ResumeFrame>(frames[1]));
    EXPECT_TRUE(std::holds_alternative<PingFrame>(frames[2]));
    EXPECT_EQ(connection->lastPingAtMs(), gateway.receivedOf<PingFrame>()[0].atMs);

    gateway.send(PongFrame{.id = {}, .atMs = gateway.receivedOf<PingFrame>()[0].atMs});
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !pongs.isEmpty(); }));
    EXPECT_EQ(pongs.value(0), gateway.receivedOf<PingFrame>()[0].atMs);
}

TEST_F(GatewayConnectionTest, BadFramesAreCountedByKeyAndTheConnectionStaysOpen) {
    startLive();
    gateway.sendText("{\"v\":1,\"type\":");                             // malformed_json
    gateway.sendText(R"({"v":1,"type":"message.recalled","seq":3})");   // unknown_type
    gateway.sendText(QByteArray(70 * 1024, ' ') + "{}");                // too_large
    gateway.sendText(R"({"v":1,"type":"message.created","seq":"5"})");  // wrong_type
    gateway.sendBinary(QByteArray("\x01\x02\x03", 3));
    gateway.sendText(openedFrame(9));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !bursts.isEmpty(); }));

    const ChannelDiagnostics& d = connection->diagnostics();
    EXPECT_EQ(d.badFrameCount(u"malformed_json"_s), 1);
    EXPECT_EQ(d.badFrameCount(u"unknown_type"_s), 1);
    EXPECT_EQ(d.badFrameCount(u"too_large"_s), 1);
    EXPECT_EQ(d.badFrameCount(u"wrong_type"_s), 1);
    EXPECT_EQ(d.badFrameCount(u"binary_frame"_s), 1);
    EXPECT_EQ(d.badFrameTotal(), 5);
    EXPECT_EQ(connection->state(), ChannelState::Live);
    EXPECT_EQ(gateway.connectionCount(), 1);
    EXPECT_TRUE(gateway.hasClient());
    ASSERT_EQ(bursts.size(), 1);
    EXPECT_EQ(sequenceOf(bursts[0].value(0)), 9);
}

TEST_F(GatewayConnectionTest, UnsupportedVersionInHelloClosesWith1002AndDoesNotReconnect) {
    gateway.setHelloText(FakeGateway::helloText(15000, 2));
    QString reported;
    startWith(fastSettings(gateway));
    QObject::connect(connection.get(), &GatewayConnection::unsupportedVersion, connection.get(),
                     [&](const QString& message) { reported = message; });
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !gateway.clientCloseCodes().isEmpty(); }));
    EXPECT_EQ(gateway.clientCloseCodes(), QList<int>{1002});
    EXPECT_EQ(connection->state(), ChannelState::Unsupported);
    EXPECT_TRUE(reported.contains(u"网关协议版本不受支持"_s)) << reported.toStdString();
    EXPECT_TRUE(gateway.receivedTypes().isEmpty());  // no auth for a gateway we cannot speak with
    FakeGateway::waitUntil([] { return false; }, 400);
    EXPECT_EQ(gateway.connectionCount(), 1);
}

TEST_F(GatewayConnectionTest, AuthFailedReportsInChineseAndDoesNotReconnect) {
    gateway.setToken(u"another-token"_s);
    QString reported;
    startWith(fastSettings(gateway));
    QObject::connect(connection.get(), &GatewayConnection::authFailed, connection.get(),
                     [&](const QString& message) { reported = message; });
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !reported.isEmpty(); }));
    EXPECT_TRUE(reported.contains(u"登录凭证无效"_s)) << reported.toStdString();
    EXPECT_TRUE(reported.contains(u"请重新登录"_s)) << reported.toStdString();
    EXPECT_EQ(connection->state(), ChannelState::AuthFailed);
    FakeGateway::waitUntil([] { return false; }, 400);
    EXPECT_EQ(gateway.connectionCount(), 1);
    EXPECT_EQ(connection->state(), ChannelState::AuthFailed);
}

TEST_F(GatewayConnectionTest, ADroppedConnectionReconnectsWithTheBackoffAndResumesFromTheLastAck) {
    startLive();
    connection->ack(7);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<AckFrame>().size() == 1; }));
    EXPECT_EQ(gateway.receivedOf<AckFrame>()[0].seq, 7);

    QList<ChannelState> states;
    QObject::connect(connection.get(), &GatewayConnection::stateChanged, connection.get(),
                     [&](ChannelState s) { states << s; });
    QElapsedTimer clock;
    clock.start();
    gateway.abortClient();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ResumeFrame>().size() == 2; }));
    EXPECT_GE(clock.elapsed(), 40);  // the backoff's first delay (50 ms), not at once
    EXPECT_EQ(gateway.connectionCount(), 2);
    EXPECT_EQ(gateway.receivedTypes(), (QStringList{u"auth"_s, u"resume"_s, u"ack"_s, u"auth"_s, u"resume"_s}));
    EXPECT_EQ(gateway.receivedOf<ResumeFrame>()[1].lastSeq, 7);
    EXPECT_EQ(states, (QList<ChannelState>{ChannelState::Reconnecting, ChannelState::Connecting, ChannelState::Live}));
    EXPECT_EQ(connection->diagnostics().reconnects, 1);
}

TEST_F(GatewayConnectionTest, GatewayCloseWithAnyCodeAlsoReconnects) {
    startLive();
    gateway.closeClient(QWebSocketProtocol::CloseCodeGoingAway, u"restart"_s);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ResumeFrame>().size() == 2; }));
    EXPECT_EQ(connection->state(), ChannelState::Live);
}

TEST_F(GatewayConnectionTest, AGatewayThatIsDownIsRetriedWithTheBackoff) {
    QTcpServer probe;  // finds a free port, then frees it: nobody listens there
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ChannelSettings settings = fastSettings(gateway);
    settings.url = u"ws://127.0.0.1:%1/"_s.arg(port);
    settings.timings.helloTimeoutMs = 5000;  // refused at once: the retry must not wait for the hello timeout
    startWith(settings);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return connection->diagnostics().reconnects >= 2; }, 1500));
    EXPECT_NE(connection->state(), ChannelState::Live);
    EXPECT_TRUE(connection->diagnostics().lastError.contains(u"正在重连"_s))
        << connection->diagnostics().lastError.toStdString();
}

TEST_F(GatewayConnectionTest, NoHelloInTimeClosesWith1002AndRetries) {
    gateway.setHelloText({});
    startWith(fastSettings(gateway));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.connectionCount() >= 2; }));
    EXPECT_EQ(gateway.clientCloseCodes().value(0), 1002);
    EXPECT_TRUE(gateway.receivedTypes().isEmpty());
}

TEST_F(GatewayConnectionTest, AFrameBeforeHelloClosesWith1002) {
    gateway.setHelloText(openedFrame(1));
    startWith(fastSettings(gateway));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !gateway.clientCloseCodes().isEmpty(); }));
    EXPECT_EQ(gateway.clientCloseCodes().value(0), 1002);
    EXPECT_TRUE(bursts.isEmpty());
}

TEST_F(GatewayConnectionTest, PingsWhenIdleAndClosesWith4000WhenTheGatewayFallsSilent) {
    ChannelSettings settings = fastSettings(gateway);
    settings.timings.heartbeatOverrideMs = 200;
    startWith(settings);
    // Alive: the client pings after 200 ms without sending, the gateway answers, nobody closes.
    FakeGateway::waitUntil([] { return false; }, 700);
    EXPECT_GE(gateway.receivedOf<PingFrame>().size(), 2);
    EXPECT_EQ(gateway.connectionCount(), 1);
    EXPECT_TRUE(gateway.clientCloseCodes().isEmpty());

    gateway.setSilent(true);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !gateway.clientCloseCodes().isEmpty(); }, 2000));
    EXPECT_GE(clock.elapsed(), 200);  // 2×I after the last pong, which came at most I ago
    EXPECT_EQ(gateway.clientCloseCodes().value(0), 4000);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.connectionCount() == 2; }));
}

TEST_F(GatewayConnectionTest, AnswersTheGatewaysPingWithTheSameTime) {
    startLive();
    gateway.send(PingFrame{.id = {}, .atMs = 1718000007000});
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !gateway.receivedOf<PongFrame>().isEmpty(); }));
    EXPECT_EQ(gateway.receivedOf<PongFrame>()[0].atMs, 1718000007000);
}

TEST_F(GatewayConnectionTest, FramesThatArriveTogetherAreOneBurstInOrder) {
    startLive();
    gateway.sendAll({openedFrame(1), openedFrame(2), openedFrame(3)});
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !bursts.isEmpty(); }));
    FakeGateway::waitUntil([] { return false; }, 100);
    ASSERT_EQ(bursts.size(), 1);
    ASSERT_EQ(bursts[0].size(), 3);
    EXPECT_EQ(sequenceOf(bursts[0][0]), 1);
    EXPECT_EQ(sequenceOf(bursts[0][1]), 2);
    EXPECT_EQ(sequenceOf(bursts[0][2]), 3);

    gateway.sendText(openedFrame(4));  // a later turn: a burst of its own
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return bursts.size() == 2; }));
    EXPECT_EQ(sequenceOf(bursts[1].value(0)), 4);
}

TEST_F(GatewayConnectionTest, NonFatalGatewayErrorsAreReportedAndTheSessionGoesOn) {
    startLive();
    QList<ErrorFrame> errors;
    QObject::connect(connection.get(), &GatewayConnection::errorReceived, connection.get(),
                     [&](const ErrorFrame& e) { errors << e; });
    gateway.send(ErrorFrame{.id = {},
                            .code = u"resume_too_old"_s,
                            .message = u"部分历史消息已过期"_s,
                            .detail = {},
                            .ref = {},
                            .fatal = false});
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_EQ(errors[0].code, u"resume_too_old"_s);
    EXPECT_EQ(connection->diagnostics().lastError, u"部分历史消息已过期"_s);
    EXPECT_EQ(connection->state(), ChannelState::Live);
}

TEST_F(GatewayConnectionTest, StopClosesNormallyAndStaysClosed) {
    startLive();
    connection->stop();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !gateway.clientCloseCodes().isEmpty(); }));
    EXPECT_EQ(gateway.clientCloseCodes().value(0), 1000);
    EXPECT_EQ(connection->state(), ChannelState::Stopped);
    FakeGateway::waitUntil([] { return false; }, 200);
    EXPECT_EQ(gateway.connectionCount(), 1);
}

}  // namespace
}  // namespace kefu
