#include "SimFixture.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kefu::test {
namespace {

// The workbench keeps a command until a pong proves the gateway processed it, and sends it again after a reconnect
// when none came (protocol v1 §6): a repeat must change nothing more and raise no error.
using GatewaySimulatorRepeatTest = SimFixture;

TEST_F(GatewaySimulatorRepeatTest, RepeatedReadCloseAndPresenceAreHarmless) {
    startSim();
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"栗子小姐"_s);
    const QString message = sim->buyerSays(conversation, u"在吗"_s);
    QSignalSpy closed(sim.get(), &GatewaySimulator::conversationClosed);
    for (int i = 0; i < 2; ++i) {
        c->send(MessageReadFrame{u"f-1"_s, conversation, message});
        c->send(ConversationCloseFrame{u"f-2"_s, conversation});
        c->send(PresenceFrame{u"f-3"_s, AgentStatus::Away});
    }
    c->send(PingFrame{{}, 1718000000000});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return !c->framesOf<PongFrame>().isEmpty(); }));
    c->settle();
    EXPECT_TRUE(c->errors().isEmpty());
    EXPECT_EQ(closed.size(), 1);
    EXPECT_TRUE(sim->conversation(conversation).closed);
    EXPECT_EQ(sim->presenceOf(kAgent), AgentStatus::Away);
}

TEST_F(GatewaySimulatorRepeatTest, ARepeatedTransferMovesTheConversationOnce) {
    startSim();
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"周末去看海"_s);
    c->send(ConversationTransferFrame{u"f-8"_s, conversation, kOtherAgent, u"买家要求退款"_s});
    c->send(ConversationTransferFrame{u"f-8"_s, conversation, kOtherAgent, u"买家要求退款"_s});
    c->send(PingFrame{{}, 1718000000000});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return !c->framesOf<PongFrame>().isEmpty(); }));
    c->settle();
    EXPECT_TRUE(c->errors().isEmpty());
    EXPECT_EQ(c->framesOf<ConversationTransferredFrame>().size(), 1);
    EXPECT_EQ(sim->conversation(conversation).agentNick, kOtherAgent);
    ASSERT_NE(sim->stream(kOtherAgent), nullptr);
    EXPECT_EQ(sim->stream(kOtherAgent)->retainedCount(), 1);
}

// A command re-sent after a reconnect may arrive after the conversation changed since: its frame id (f-<outbox id>,
// never reused) tells the gateway it was processed already (protocol v1 §6), so it cannot undo the change.
TEST_F(GatewaySimulatorRepeatTest, ACommandRepeatedAfterTheConversationChangedChangesNothing) {
    startSim();
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"周末去看海"_s);
    const auto processed = [&](qint64 atMs) {
        c->send(PingFrame{{}, atMs});
        return SimTestClient::waitFor([&] {
            const QList<PongFrame> pongs = c->framesOf<PongFrame>();
            return !pongs.isEmpty() && pongs.constLast().atMs == atMs;
        });
    };
    const ConversationTransferFrame transfer{u"f-8"_s, conversation, kOtherAgent, u"买家要求退款"_s};
    c->send(transfer);
    ASSERT_TRUE(processed(1718000000001));
    sim->transferByPlatform(conversation, kAgent, u"主管转回"_s);
    c->send(transfer);
    ASSERT_TRUE(processed(1718000000002));
    EXPECT_EQ(sim->conversation(conversation).agentNick, kAgent);

    const ConversationCloseFrame close{u"f-9"_s, conversation};
    c->send(close);
    ASSERT_TRUE(processed(1718000000003));
    sim->buyerSays(conversation, u"还在吗"_s);  // the buyer comes back: open again
    c->send(close);
    ASSERT_TRUE(processed(1718000000004));
    c->settle();
    EXPECT_FALSE(sim->conversation(conversation).closed);
    EXPECT_TRUE(c->errors().isEmpty());
}

// A refused command was not processed: sent again (after a rate_limited, say), it is handled again.
TEST_F(GatewaySimulatorRepeatTest, ARefusedCommandRepeatedIsRefusedAgain) {
    startSim();
    auto c = signedIn();
    const ConversationCloseFrame close{u"f-3"_s, u"conv-t-404"_s};
    c->send(close);
    c->send(close);
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->errors().size() == 2; }));
    EXPECT_EQ(c->errors()[1].code, u"unknown_conversation"_s);
    EXPECT_EQ(c->errors()[1].ref, u"f-3"_s);
}

}  // namespace
}  // namespace kefu::test
