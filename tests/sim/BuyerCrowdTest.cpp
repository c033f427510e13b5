#include "SimFixture.h"
#include "core/TaobaoId.h"
#include "sim/BuyerCrowd.h"
#include "sim/BuyerLibrary.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kefu::test {
namespace {

using BuyerCrowdTest = SimFixture;

BuyerScript twoQuestions() {
    BuyerScript script;
    script.topic = u"size"_s;
    script.buyerNick = u"一只想瘦的猫"_s;
    BuyerStep first;
    first.body = u"165cm 52kg穿什么码？"_s;
    first.awaitsReply = true;
    BuyerStep second;
    second.body = u"M码衣长多少"_s;
    second.awaitsReply = true;
    script.steps = {first, second};
    return script;
}

QStringList buyerLines(const SimTestClient& client) {
    QStringList lines;
    for (const MessageCreatedFrame& m : client.framesOf<MessageCreatedFrame>()) {
        lines.append(m.body);
    }
    return lines;
}

TEST_F(BuyerCrowdTest, AsksTheNextQuestionOnlyAfterTheAgentReplies) {
    SimOptions options = simOptions();
    options.buyerThinkMs = 0;
    startSim(options);
    auto c = signedIn();
    const QString conversation = sim->buyers()->startBuyer(twoQuestions());
    ASSERT_TRUE(SimTestClient::waitFor([&] { return buyerLines(*c).size() == 1; }));
    c->settle(300);
    EXPECT_EQ(buyerLines(*c), QStringList{u"165cm 52kg穿什么码？"_s});
    EXPECT_TRUE(sim->buyers()->buyer(conversation).awaitingReply);

    c->send(MessageSendFrame{{}, u"c-1"_s, conversation, MessageKind::Text, u"亲，建议拿M码~"_s});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return buyerLines(*c).size() == 2; }));
    EXPECT_EQ(buyerLines(*c).at(1), u"M码衣长多少"_s);
    EXPECT_EQ(sim->buyers()->buyer(conversation).repliesSeen, 1);
    EXPECT_EQ(sim->buyers()->buyer(conversation).timeouts, 0);
}

TEST_F(BuyerCrowdTest, GoesOnAfterTheReplyTimeout) {
    SimOptions options = simOptions();
    options.buyerThinkMs = 0;
    options.replyTimeoutMs = 200;
    startSim(options);
    QSignalSpy finished(sim->buyers(), &BuyerCrowd::buyerFinished);
    auto c = signedIn();
    const QString conversation = sim->buyers()->startBuyer(twoQuestions());
    ASSERT_TRUE(SimTestClient::waitFor([&] { return buyerLines(*c).size() == 2; }, 1500));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return finished.count() == 1; }, 1500));
    EXPECT_EQ(sim->buyers()->buyer(conversation).timeouts, 2);
}

TEST_F(BuyerCrowdTest, ClosingTheConversationEndsTheBuyer) {
    startSim();
    auto c = signedIn();
    const QString conversation = sim->buyers()->startBuyer(twoQuestions());
    c->send(ConversationCloseFrame{{}, conversation});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return sim->buyers()->buyer(conversation).finished; }));
    EXPECT_EQ(sim->buyers()->activeCount(), 0);
}

TEST_F(BuyerCrowdTest, OrderAndRefundStepsPublishPlatformEvents) {
    SimOptions options = simOptions();
    options.buyerThinkMs = 0;
    options.replyTimeoutMs = 50;
    startSim(options);
    auto c = signedIn();
    QRandomGenerator random(3);
    const BuyerLibrary library;
    const BuyerScript refund = library.make(u"refund"_s, random);
    const BuyerScript order = library.make(u"order"_s, random);
    sim->buyers()->startBuyer(refund);
    sim->buyers()->startBuyer(order);
    ASSERT_TRUE(SimTestClient::waitFor([&] { return sim->buyers()->activeCount() == 0; }, 3000));
    c->settle();
    const auto refunds = c->framesOf<RefundUpdatedFrame>();
    ASSERT_EQ(refunds.size(), 1);
    EXPECT_EQ(refunds.constFirst().tid, refund.tid);
    EXPECT_EQ(refunds.constFirst().status, RefundStatus::WaitSellerAgree);
    EXPECT_EQ(refunds.constFirst().buyerNick, refund.buyerNick);
    QList<TradeStatus> orderStatuses;
    for (const OrderUpdatedFrame& f : c->framesOf<OrderUpdatedFrame>()) {
        if (f.tid == order.tid) {
            orderStatuses.append(f.status);
        }
    }
    EXPECT_EQ(orderStatuses, (QList<TradeStatus>{TradeStatus::WaitBuyerPay, TradeStatus::WaitSellerSendGoods}));
    EXPECT_TRUE(c->problems().isEmpty()) << c->problems().join(u'\n').toStdString();
}

TEST_F(BuyerCrowdTest, EveryTopicMakesAValidScript) {
    QRandomGenerator random(11);
    const BuyerLibrary library;
    for (const QString& topic : BuyerLibrary::topics()) {
        const BuyerScript script = library.make(topic, random);
        EXPECT_EQ(script.topic, topic);
        EXPECT_GE(script.questionCount(), 1) << topic.toStdString();
        EXPECT_TRUE(TaobaoId::isValid(script.tid));
        EXPECT_TRUE(TaobaoId::isValid(script.oid));
        EXPECT_TRUE(TaobaoId::isValid(script.refundId));
        EXPECT_EQ(script.tid.size(), 19);
    }
}

TEST_F(BuyerCrowdTest, TheSameSeedTellsTheSameStories) {
    const auto stories = [](quint64 seed) {
        SimOptions options = simOptions();
        options.seed = seed;
        GatewaySimulator simulator(options);
        for (int i = 0; i < 6; ++i) {
            simulator.buyers()->startBuyer();
        }
        QStringList told;
        const QList<InboundFrame> published = simulator.stream(kAgent)->resume(0).frames;
        for (const InboundFrame& frame : published) {
            if (const auto* m = std::get_if<MessageCreatedFrame>(&frame)) {
                told.append(m->buyerNick + u": "_s + m->body);
            } else if (const auto* o = std::get_if<ConversationOpenedFrame>(&frame)) {
                told.append(o->conversationId + u" "_s + channelKey(o->channel));
            }
        }
        return told;
    };
    const QStringList first = stories(5);
    EXPECT_GE(first.size(), 12);
    EXPECT_EQ(first, stories(5));
    EXPECT_NE(first, stories(6));
}

TEST_F(BuyerCrowdTest, AnAgentAnsweringEveryQuestionSeesEveryBuyerThrough) {
    SimOptions options = simOptions();
    options.buyerThinkMs = 10;
    startSim(options);
    auto c = signedIn();
    int answered = 0;
    QSet<QString> seen;
    for (int i = 0; i < 6; ++i) {
        sim->buyers()->startBuyer();
    }
    const auto answerNewQuestions = [&] {
        for (const MessageCreatedFrame& m : c->framesOf<MessageCreatedFrame>()) {
            if (m.kind == MessageKind::Text && !seen.contains(m.gatewayMessageId)) {
                seen.insert(m.gatewayMessageId);
                c->send(MessageSendFrame{
                    {}, u"c-%1"_s.arg(++answered), m.conversationId, MessageKind::Text, u"亲，在的~"_s});
            }
        }
        return sim->buyers()->activeCount() == 0;
    };
    ASSERT_TRUE(SimTestClient::waitFor(answerNewQuestions, 5000));
    for (const QString& conversation : sim->buyers()->conversationIds()) {
        const BuyerCrowd::Buyer buyer = sim->buyers()->buyer(conversation);
        EXPECT_EQ(buyer.timeouts, 0) << buyer.script.topic.toStdString();
        EXPECT_EQ(buyer.nextStep, buyer.script.steps.size());
    }
    for (const SimRecord::Reply& reply : sim->record().replies()) {
        EXPECT_EQ(reply.deliveries, 1) << reply.clientMessageId.toStdString();
    }
}

TEST_F(BuyerCrowdTest, StartsBuyersAtTheRateUpToTheLimit) {
    SimOptions options = simOptions();
    startSim(options);
    auto c = signedIn();
    sim->startBuyers(2, 600.0);  // one every 100 ms, at most 2 at a time
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->framesOf<ConversationOpenedFrame>().size() == 2; }));
    c->settle(400);
    EXPECT_EQ(c->framesOf<ConversationOpenedFrame>().size(), 2);
    EXPECT_EQ(sim->buyers()->activeCount(), 2);
    sim->stopBuyers();
}

TEST_F(BuyerCrowdTest, BulkModeNumbersBodiesInOrderOverKConversations) {
    startSim();
    auto c = signedIn();
    sim->sendBurst(10, 3);
    ASSERT_TRUE(c->waitForSequenced(13));
    const auto messages = c->framesOf<MessageCreatedFrame>();
    ASSERT_EQ(messages.size(), 10);
    QSet<QString> conversations;
    for (int i = 0; i < messages.size(); ++i) {
        EXPECT_EQ(messages.at(i).body, GatewaySimulator::bulkBody(i + 1));
        conversations.insert(messages.at(i).conversationId);
    }
    EXPECT_EQ(conversations.size(), 3);

    sim->startBulk(200.0, 3);
    c->settle(500);
    sim->stopBulk();
    const int sent = sim->bulkSent() - 10;
    EXPECT_GE(sent, 60);
    EXPECT_LE(sent, 250);  // loose: a loaded machine may stretch the 500 ms
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->framesOf<MessageCreatedFrame>().size() == 10 + sent; }));
}

}  // namespace
}  // namespace kefu::test
