#include "SimFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace kefu::test {
namespace {

using GatewaySimulatorRepliesTest = SimFixture;

MessageSendFrame reply(const QString& clientId, const QString& conversation, const QString& body) {
    return MessageSendFrame{{}, clientId, conversation, MessageKind::Text, body};
}

TEST_F(GatewaySimulatorRepliesTest, ARepeatedSendIsAckedAgainButDeliveredOnce) {
    startSim();
    QSignalSpy delivered(sim.get(), &GatewaySimulator::replyDelivered);
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"小鱼儿爱吃鱼"_s);
    ASSERT_TRUE(c->waitForSequenced(1));
    c->send(reply(u"c-1"_s, conversation, u"亲，今天下单明天发货哦~"_s));
    c->send(reply(u"c-1"_s, conversation, u"亲，今天下单明天发货哦~"_s));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->framesOf<MessageAckedFrame>().size() == 2; }));
    const auto acks = c->framesOf<MessageAckedFrame>();
    EXPECT_EQ(acks.at(0).status, MessageStatus::Sent);
    EXPECT_EQ(acks.at(0).gatewayMessageId, acks.at(1).gatewayMessageId);
    EXPECT_EQ(acks.at(0).sentAtMs, acks.at(1).sentAtMs);
    EXPECT_LT(acks.at(0).seq, acks.at(1).seq);
    EXPECT_EQ(sim->record().deliveries(u"c-1"_s), 1);
    EXPECT_EQ(sim->record().reply(u"c-1"_s).sends, 2);
    EXPECT_EQ(delivered.count(), 1);
}

TEST_F(GatewaySimulatorRepliesTest, AResendAfterAReconnectIsNotDeliveredTwice) {
    startSim();
    auto first = signedIn();
    const QString conversation = sim->openConversation(u"芒果布丁"_s);
    first->send(reply(u"c-9"_s, conversation, u"好的亲"_s));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return first->framesOf<MessageAckedFrame>().size() == 1; }));
    sim->dropConnections();
    ASSERT_TRUE(SimTestClient::waitFor([&] { return first->wasDisconnected(); }));

    auto second = signedIn(1);  // the ack of the reply was not persisted
    second->send(reply(u"c-9"_s, conversation, u"好的亲"_s));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return second->framesOf<MessageAckedFrame>().size() == 2; }));
    EXPECT_EQ(sim->record().deliveries(u"c-9"_s), 1);
}

TEST_F(GatewaySimulatorRepliesTest, ASentReplyIsAckedAgainAsDelivered) {
    SimOptions options = simOptions();
    options.deliveredAfterMs = 50;
    startSim(options);
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"奶茶要三分糖"_s);
    c->send(reply(u"c-d"_s, conversation, u"亲，已经给您备注了"_s));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->framesOf<MessageAckedFrame>().size() == 2; }));
    const auto acks = c->framesOf<MessageAckedFrame>();
    EXPECT_EQ(acks.at(0).status, MessageStatus::Sent);
    EXPECT_EQ(acks.at(1).status, MessageStatus::Delivered);
    EXPECT_EQ(acks.at(1).gatewayMessageId, acks.at(0).gatewayMessageId);
    c->send(reply(u"c-d"_s, conversation, u"亲，已经给您备注了"_s));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->framesOf<MessageAckedFrame>().size() == 3; }));
    EXPECT_EQ(c->framesOf<MessageAckedFrame>().at(2).status, MessageStatus::Delivered);
    EXPECT_EQ(sim->record().deliveries(u"c-d"_s), 1);
}

TEST_F(GatewaySimulatorRepliesTest, UndeliverableRepliesAreAckedAsFailedWithAReason) {
    startSim();
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"团子妈妈"_s);
    c->send(reply(u"c-a"_s, u"conv-nowhere"_s, u"在的亲"_s));
    c->send(reply(u"c-b"_s, conversation, u"加微信给你优惠"_s));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->framesOf<MessageAckedFrame>().size() == 2; }));
    const auto acks = c->framesOf<MessageAckedFrame>();
    EXPECT_EQ(acks.at(0).status, MessageStatus::Failed);
    EXPECT_FALSE(acks.at(0).reason.isEmpty());
    EXPECT_EQ(acks.at(1).status, MessageStatus::Failed);
    EXPECT_EQ(acks.at(1).reason, u"消息包含违禁词"_s);
    EXPECT_EQ(sim->record().deliveries(u"c-b"_s), 0);
    EXPECT_TRUE(sim->record().reply(u"c-b"_s).failed);
}

TEST_F(GatewaySimulatorRepliesTest, RecordsReadsClosesAndPresence) {
    startSim();
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"栗子小姐"_s);
    const QString message = sim->buyerSays(conversation, u"在吗"_s);
    c->send(MessageReadFrame{u"f-1"_s, conversation, message});
    c->send(PresenceFrame{{}, AgentStatus::Away});
    c->send(ConversationCloseFrame{u"f-2"_s, conversation});
    c->send(reply(u"c-late"_s, conversation, u"还在吗"_s));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->framesOf<MessageAckedFrame>().size() == 1; }));
    EXPECT_EQ(sim->record().reads().size(), 1);
    EXPECT_EQ(sim->record().reads().constFirst().gatewayMessageId, message);
    EXPECT_EQ(sim->record().closes().size(), 1);
    EXPECT_EQ(sim->record().presence(kAgent), (QList<AgentStatus>{AgentStatus::Away}));
    EXPECT_EQ(sim->presenceOf(kAgent), AgentStatus::Away);
    EXPECT_TRUE(sim->conversation(conversation).closed);
    EXPECT_EQ(c->framesOf<MessageAckedFrame>().constFirst().status, MessageStatus::Failed);  // closed
    EXPECT_TRUE(c->errors().isEmpty());
}

TEST_F(GatewaySimulatorRepliesTest, UnknownConversationsAreErrorsQuotingTheFrameId) {
    startSim();
    auto c = signedIn();
    c->send(MessageReadFrame{u"f-40"_s, u"conv-x"_s, u"gw:1"_s});
    c->send(ConversationCloseFrame{u"f-41"_s, u"conv-x"_s});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->errors().size() == 2; }));
    EXPECT_EQ(c->errors().at(0).code, u"unknown_conversation"_s);
    EXPECT_EQ(c->errors().at(0).ref, u"f-40"_s);
    EXPECT_EQ(c->errors().at(1).ref, u"f-41"_s);
}

TEST_F(GatewaySimulatorRepliesTest, TransferMovesTheConversationToBothStreams) {
    startSim();
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"周末去看海"_s);
    c->send(ConversationTransferFrame{u"f-7"_s, conversation, u"木棉纪旗舰店:不存在"_s, {}});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->errors().size() == 1; }));
    EXPECT_EQ(c->errors().constFirst().code, u"unknown_agent"_s);
    EXPECT_EQ(c->errors().constFirst().ref, u"f-7"_s);

    c->send(ConversationTransferFrame{u"f-8"_s, conversation, kOtherAgent, u"买家要求退款"_s});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return !c->framesOf<ConversationTransferredFrame>().isEmpty(); }));
    const auto moved = c->framesOf<ConversationTransferredFrame>().constFirst();
    EXPECT_EQ(moved.fromAgentNick, kAgent);
    EXPECT_EQ(moved.toAgentNick, kOtherAgent);
    EXPECT_EQ(moved.reason, u"买家要求退款"_s);
    EXPECT_EQ(sim->conversation(conversation).agentNick, kOtherAgent);
    ASSERT_NE(sim->stream(kOtherAgent), nullptr);
    EXPECT_EQ(sim->stream(kOtherAgent)->retainedCount(), 1);
    EXPECT_EQ(sim->record().transfers().size(), 2);
}

TEST_F(GatewaySimulatorRepliesTest, WritesWhatItReceivesAsJsonLines) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"record.jsonl"_s);
    startSim();
    ASSERT_TRUE(sim->record().writeTo(path));
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"小熊软糖"_s);
    c->send(reply(u"c-r"_s, conversation, u"亲，在的"_s));
    c->ack(1);
    ASSERT_TRUE(SimTestClient::waitFor([&] { return sim->record().lastAck(kAgent) == 1; }));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_FALSE(content.contains(kToken.toUtf8()));
    QStringList events;
    QStringList types;
    for (const QByteArray& line : content.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        ASSERT_FALSE(object.isEmpty()) << line.toStdString();
        events.append(object.value(u"event"_s).toString());
        types.append(object.value(u"frame"_s).toObject().value(u"type"_s).toString());
    }
    EXPECT_TRUE(events.contains(u"authenticated"_s));
    EXPECT_TRUE(events.contains(u"delivered"_s));
    EXPECT_TRUE(types.contains(u"auth"_s));
    EXPECT_TRUE(types.contains(u"message.send"_s));
    EXPECT_TRUE(types.contains(u"ack"_s));
}

}  // namespace
}  // namespace kefu::test
