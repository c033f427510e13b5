#include "SimFixture.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kefu::test {
namespace {

using GatewaySimulatorSessionTest = SimFixture;

TEST_F(GatewaySimulatorSessionTest, SendsHelloFirstThenAcceptsTheToken) {
    startSim();
    QSignalSpy authenticated(sim.get(), &GatewaySimulator::agentAuthenticated);
    auto c = client();
    ASSERT_TRUE(c->open());
    ASSERT_FALSE(c->frames().isEmpty());
    const auto* hello = std::get_if<HelloFrame>(&c->frames().constFirst());
    ASSERT_NE(hello, nullptr);
    EXPECT_EQ(hello->shopNick, u"木棉纪旗舰店"_s);
    EXPECT_EQ(hello->heartbeatIntervalMs, 15000);

    c->send(AuthFrame{{}, kAgent, kToken, {}});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return authenticated.count() == 1; }));
    EXPECT_EQ(authenticated.at(0).at(0).toString(), kAgent);
    c->settle();
    EXPECT_TRUE(c->errors().isEmpty());
    EXPECT_TRUE(c->isConnected());
    EXPECT_EQ(sim->record().authenticatedConnections(), 1);
}

TEST_F(GatewaySimulatorSessionTest, RefusesAWrongTokenAndCloses1008) {
    startSim();
    auto c = client();
    ASSERT_TRUE(c->open());
    c->send(AuthFrame{{}, kAgent, u"wrong"_s, {}});
    c->send(ResumeFrame{{}, 0});  // pipelined: must not take effect
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->wasDisconnected(); }));
    ASSERT_EQ(c->errors().size(), 1);
    EXPECT_EQ(c->errors().constFirst().code, u"auth_failed"_s);
    EXPECT_TRUE(c->errors().constFirst().fatal);
    EXPECT_EQ(c->closeCode(), 1008);
    EXPECT_EQ(sim->record().refusedAuths(), 1);
    EXPECT_EQ(sim->liveConnectionCount(), 0);
}

TEST_F(GatewaySimulatorSessionTest, AFrameBeforeAuthIsFatal) {
    startSim();
    auto c = client();
    ASSERT_TRUE(c->open());
    c->send(AckFrame{{}, 1});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->wasDisconnected(); }));
    ASSERT_EQ(c->errors().size(), 1);
    EXPECT_EQ(c->errors().constFirst().code, u"not_authenticated"_s);
}

TEST_F(GatewaySimulatorSessionTest, NoAuthInTimeIsAnAuthTimeout) {
    SimOptions options = simOptions();
    options.authTimeoutMs = 200;
    startSim(options);
    auto c = client();
    ASSERT_TRUE(c->open());
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->wasDisconnected(); }));
    ASSERT_EQ(c->errors().size(), 1);
    EXPECT_EQ(c->errors().constFirst().code, u"auth_timeout"_s);
}

TEST_F(GatewaySimulatorSessionTest, LiveFramesFollowTheResume) {
    startSim();
    auto c = signedIn();
    sim->sendBurst(3);
    ASSERT_TRUE(c->waitForSequenced(4));  // conversation.opened + 3 messages
    EXPECT_EQ(c->seqs(), (QList<qint64>{1, 2, 3, 4}));
    const auto messages = c->framesOf<MessageCreatedFrame>();
    ASSERT_EQ(messages.size(), 3);
    EXPECT_EQ(messages.at(0).body, GatewaySimulator::bulkBody(1));
    EXPECT_EQ(messages.at(2).body, u"压测消息 #000003"_s);
}

TEST_F(GatewaySimulatorSessionTest, ResumeReplaysExactlyTheUnackedFrames) {
    startSim();
    auto first = signedIn();
    sim->sendBurst(5);  // seq 1 opened, 2..6 messages
    ASSERT_TRUE(first->waitForSequenced(6));
    first->ack(3);
    first->settle(100);
    first->close();
    sim->sendBurst(1);  // seq 7, while nobody is connected

    auto second = signedIn(3);
    ASSERT_TRUE(second->waitForSequenced(4));
    second->settle();
    EXPECT_EQ(second->seqs(), (QList<qint64>{4, 5, 6, 7}));
    EXPECT_TRUE(second->errors().isEmpty());
}

TEST_F(GatewaySimulatorSessionTest, AckReleasesRetainedFrames) {
    startSim();
    auto c = signedIn();
    sim->sendBurst(4);
    ASSERT_TRUE(c->waitForSequenced(5));
    ASSERT_EQ(sim->stream(kAgent)->retainedCount(), 5);
    c->ack(4);
    ASSERT_TRUE(SimTestClient::waitFor([&] { return sim->stream(kAgent)->retainedCount() == 1; }));
    c->ack(99);  // never sent: ignored
    c->settle(100);
    EXPECT_EQ(sim->stream(kAgent)->retainedSeqs(), (QList<qint64>{5}));
    EXPECT_EQ(sim->record().acks(kAgent), (QList<qint64>{4, 99}));

    c->close();
    auto again = signedIn(0);  // below the ack: history is gone
    ASSERT_TRUE(again->waitForSequenced(1));
    again->settle();
    EXPECT_EQ(again->seqs(), (QList<qint64>{5}));
    ASSERT_EQ(again->errors().size(), 1);
    EXPECT_EQ(again->errors().constFirst().code, u"resume_too_old"_s);
    EXPECT_FALSE(again->errors().constFirst().fatal);
}

TEST_F(GatewaySimulatorSessionTest, ResumeAboveAnythingSentIsAStreamReset) {
    startSim();
    sim->sendBurst(1);  // seq 1, 2 retained for the agent
    auto c = signedIn(500);
    ASSERT_TRUE(c->waitForSequenced(2));
    ASSERT_EQ(c->errors().size(), 1);
    EXPECT_EQ(c->errors().constFirst().code, u"stream_reset"_s);
    sim->sendBurst(1);
    ASSERT_TRUE(c->waitForSequenced(3));
    EXPECT_EQ(c->seqs(), (QList<qint64>{501, 502, 503}));
    const auto messages = c->framesOf<MessageCreatedFrame>();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).body, GatewaySimulator::bulkBody(1));
}

TEST_F(GatewaySimulatorSessionTest, AGatewayThatLostItsStateResyncsAReconnectingWorkbench) {
    startSim();
    auto first = signedIn();
    sim->sendBurst(2);
    ASSERT_TRUE(first->waitForSequenced(3));
    first->ack(3);
    first->settle(50);
    sim->resetStreams();  // also drops the connection, as a restarted gateway would
    ASSERT_TRUE(SimTestClient::waitFor([&] { return first->wasDisconnected(); }));
    sim->sendBurst(1);  // numbered 1 by the fresh stream, while nobody is connected

    auto second = signedIn(3);
    ASSERT_TRUE(second->waitForSequenced(1));
    EXPECT_EQ(second->seqs(), (QList<qint64>{4}));
    ASSERT_EQ(second->errors().size(), 1);
    EXPECT_EQ(second->errors().constFirst().code, u"stream_reset"_s);
}

TEST_F(GatewaySimulatorSessionTest, SeqsKeepIncreasingAcrossConnections) {
    startSim();
    auto first = signedIn();
    sim->sendBurst(2);
    ASSERT_TRUE(first->waitForSequenced(3));
    first->ack(3);
    first->settle(50);
    first->close();
    auto second = signedIn(3);
    sim->sendBurst(1);
    ASSERT_TRUE(second->waitForSequenced(1));
    EXPECT_EQ(second->seqs(), (QList<qint64>{4}));
}

TEST_F(GatewaySimulatorSessionTest, AnswersPingWithPongAndPingsWhenIdle) {
    SimOptions options = simOptions();
    options.heartbeatIntervalMs = 1000;
    startSim(options);
    auto c = signedIn();
    c->send(PingFrame{{}, 1234});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return !c->framesOf<PongFrame>().isEmpty(); }));
    EXPECT_EQ(c->framesOf<PongFrame>().constFirst().atMs, 1234);
    ASSERT_TRUE(SimTestClient::waitFor([&] { return !c->framesOf<PingFrame>().isEmpty(); }, 2500));
}

TEST_F(GatewaySimulatorSessionTest, ClosesASilentConnectionWith4000) {
    SimOptions options = simOptions();
    options.heartbeatIntervalMs = 1000;
    startSim(options);
    auto c = signedIn();
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->wasDisconnected(); }, 3500));
    EXPECT_EQ(c->closeCode(), 4000);
}

TEST_F(GatewaySimulatorSessionTest, AnswersBadFramesWithBadFrameAndKeepsTheConnection) {
    startSim();
    auto c = signedIn();
    c->sendRaw(u"{not json"_s);
    c->sendRaw(uR"({"v":1,"type":"message.read","id":"f-9","conversation":"conv-1"})"_s);
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->errors().size() == 2; }));
    const QList<ErrorFrame> errors = c->errors();
    EXPECT_EQ(errors.at(0).code, u"bad_frame"_s);
    EXPECT_TRUE(errors.at(0).detail.startsWith(u"[malformed_json]"_s)) << errors.at(0).detail.toStdString();
    EXPECT_TRUE(errors.at(0).ref.isEmpty());
    EXPECT_EQ(errors.at(1).ref, u"f-9"_s);
    EXPECT_TRUE(errors.at(1).detail.startsWith(u"[missing_field]"_s));
    EXPECT_FALSE(errors.at(1).fatal);
    c->settle(100);
    EXPECT_TRUE(c->isConnected());
    EXPECT_EQ(sim->record().badFrameDetails().size(), 2);
}

TEST_F(GatewaySimulatorSessionTest, TooManyBadFramesCloseTheConnection) {
    startSim();
    auto c = signedIn();
    for (int i = 0; i < 10; ++i) {
        c->sendRaw(u"[]"_s);
    }
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->wasDisconnected(); }));
    EXPECT_EQ(c->closeCode(), 1002);
}

TEST_F(GatewaySimulatorSessionTest, ABinaryMessageCloses1003) {
    startSim();
    auto c = client();
    ASSERT_TRUE(c->open());
    QWebSocket raw;
    raw.open(sim->url());
    ASSERT_TRUE(SimTestClient::waitFor([&] { return raw.state() == QAbstractSocket::ConnectedState; }));
    raw.sendBinaryMessage(QByteArrayLiteral("\x01\x02"));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }));
    EXPECT_EQ(raw.closeCode(), QWebSocketProtocol::CloseCodeDatatypeNotSupported);
}

}  // namespace
}  // namespace kefu::test
