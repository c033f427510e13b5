// Issue #4 over loopback: a gateway that lost its state answers the workbench's resume with stream_reset and sends
// the frames it still holds again under new seqs. Effects the workbench stored before must not happen twice.
#include "channel/client/LiveChannel.h"
#include "sim/GatewaySimulator.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/GatewayStreamRepository.h"
#include "store/MessageRepository.h"
#include "support/IsOk.h"
#include "support/TempStore.h"

#include <QDeadlineTimer>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

using test::isOk;

const QString kAgent = u"木棉纪旗舰店:小满"_s;
const QString kColleague = u"木棉纪旗舰店:青禾"_s;
const QString kConversation = u"conv-reset-1"_s;
constexpr qint64 kOpenedAt = 1718000000000;

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

class StreamResetLoopbackTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (const QString& nick : {kAgent, kColleague}) {
            Agent agent;
            agent.nick = nick;
            agent.displayName = nick.section(u':', 1);
            agent.role = AgentRole::PreSale;
            ASSERT_TRUE(isOk(AgentRepository(store.db()).add(agent)));
        }
    }

    std::unique_ptr<GatewaySimulator> startSim(const QString& runTag) {
        SimOptions options;
        options.runTag = runTag;
        auto sim = std::make_unique<GatewaySimulator>(options);
        EXPECT_TRUE(sim->start()) << sim->errorString().toStdString();
        return sim;
    }

    ChannelSettings settingsFor(const GatewaySimulator& sim) const {
        ChannelSettings settings;
        settings.url = sim.url().toString();
        settings.agentNick = kAgent;
        settings.token = sim.options().token;
        settings.dbPath = store.path();
        settings.timings.backoff = BackoffPolicy{.initialMs = 20, .maxMs = 100, .jitter = 0.0, .stableMs = 60000};
        return settings;
    }

    // What the gateway still holds after losing its state: the conversation's open and a transfer to this agent.
    static void publishHeldFrames(GatewaySimulator& sim) {
        sim.publish(kAgent, ConversationOpenedFrame{.id = {},
                                                    .seq = 0,
                                                    .conversationId = kConversation,
                                                    .buyerNick = u"栗子小姐"_s,
                                                    .channel = Channel::Tmall,
                                                    .openedAtMs = kOpenedAt});
        sim.publish(kAgent, ConversationTransferredFrame{.id = {},
                                                         .seq = 0,
                                                         .conversationId = kConversation,
                                                         .fromAgentNick = kColleague,
                                                         .toAgentNick = kAgent,
                                                         .reason = u"排班调整"_s,
                                                         .transferredAtMs = kOpenedAt + 1000});
    }

    qint64 lastSeq() {
        auto seq = GatewayStreamRepository(store.db()).lastSeq(kAgent);
        return seq.ok() ? *seq : -1;
    }

    qint64 conversationId() {
        auto id = ConversationRepository(store.db()).findByGatewayId(kConversation);
        return id.ok() && id->has_value() ? **id : 0;
    }

    int notices(qint64 id) {
        auto history = MessageRepository(store.db()).history(id);
        EXPECT_TRUE(isOk(history));
        int count = 0;
        for (const Message& m : history.ok() ? *history : QList<Message>{}) {
            count += m.direction == MessageDirection::System ? 1 : 0;
        }
        return count;
    }

    test::TempStore store;
};

TEST_F(StreamResetLoopbackTest, RenumberedFramesNeitherReopenAClosedConversationNorRepeatItsTransferNotice) {
    qint64 id = 0;
    {
        auto first = startSim(u"r1"_s);
        LiveChannel channel;
        channel.start(settingsFor(*first));
        ASSERT_TRUE(waitUntil([&] { return first->liveConnectionCount() == 1; }));
        publishHeldFrames(*first);
        // More seqs than the restarted gateway will have, so that its answer to the resume is a stream_reset.
        for (int i = 1; i <= 2; ++i) {
            first->publish(kAgent, MessageCreatedFrame{.id = {},
                                                       .seq = 0,
                                                       .gatewayMessageId = u"gw:r1.b%1"_s.arg(i),
                                                       .conversationId = kConversation,
                                                       .buyerNick = u"栗子小姐"_s,
                                                       .kind = MessageKind::Text,
                                                       .body = u"在吗"_s,
                                                       .sentAtMs = kOpenedAt + 2000 + i});
        }
        ASSERT_TRUE(waitUntil([&] { return lastSeq() == 4; }));
        id = conversationId();
        ASSERT_GT(id, 0);
        ASSERT_EQ(notices(id), 1);
        channel.stop();
    }
    // The agent closes the conversation; then the gateway restarts without its state but with the two frames.
    ASSERT_TRUE(isOk(ConversationRepository(store.db()).close(id, kOpenedAt + 60000)));

    auto restarted = startSim(u"r2"_s);
    publishHeldFrames(*restarted);
    LiveChannel channel;
    channel.start(settingsFor(*restarted));
    ASSERT_TRUE(waitUntil([&] { return lastSeq() == 6; }));  // renumbered 5 and 6, stored and acked
    EXPECT_EQ(ConversationRepository(store.db()).find(id)->status, ConversationStatus::Closed);
    EXPECT_EQ(notices(id), 1);
    channel.stop();
}

}  // namespace
}  // namespace kefu
