#include "FakeGateway.h"
#include "channel/FrameCodec.h"
#include "channel/client/GatewayRefusal.h"
#include "channel/client/LiveChannel.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "support/IsOk.h"
#include "support/TempStore.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

using test::FakeGateway;
using test::isOk;

constexpr qint64 kT0 = 1718000000000;
const QString kAgent = u"木棉纪旗舰店:小美"_s;
const QString kSupervisor = u"木棉纪旗舰店:主管"_s;

// What the outbox does with commands the gateway may not have processed (issue #4: no command lost whatever the
// network does) and with the gateway's `error` frames that quote one of them as `ref`.
class ChannelOutboxTest : public ::testing::Test {
protected:
    void SetUp() override {
        Agent agent;
        agent.nick = kAgent;
        agent.displayName = u"小美"_s;
        agent.role = AgentRole::PreSale;
        auto id = AgentRepository(store.db()).add(agent);
        ASSERT_TRUE(isOk(id));
        agentId = *id;
    }

    ChannelSettings settings() const {
        ChannelSettings s;
        s.url = gateway.url().toString();
        s.agentNick = kAgent;
        s.token = u"good-token"_s;
        s.dbPath = store.path();
        s.timings.helloTimeoutMs = 500;
        s.timings.backoff = BackoffPolicy{.initialMs = 50, .maxMs = 200, .jitter = 0.0, .stableMs = 60000};
        s.timings.checkpointIdleMs = 50;
        s.timings.rateLimitPauseMs = rateLimitPauseMs;
        return s;
    }

    // Live, with gateway conversation conv-1 stored; returns its id.
    qint64 startWithConversation() {
        channel.start(settings());
        EXPECT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ResumeFrame>().size() == 1; }));
        gateway.send(ConversationOpenedFrame{.id = {},
                                             .seq = 1,
                                             .conversationId = u"conv-1"_s,
                                             .buyerNick = u"小鱼儿_88"_s,
                                             .channel = Channel::Tmall,
                                             .openedAtMs = kT0});
        EXPECT_TRUE(FakeGateway::waitUntil([&] { return !gateway.receivedOf<AckFrame>().isEmpty(); }));
        auto id = ConversationRepository(store.db()).findByGatewayId(u"conv-1"_s);
        return id.ok() && id->has_value() ? **id : 0;
    }

    qint64 enqueueReply(qint64 conversationId, const QString& body) {
        Message reply;
        reply.conversationId = conversationId;
        reply.kind = MessageKind::Text;
        reply.body = body;
        reply.sentAtMs = kT0 + 100;
        reply.agentId = agentId;
        auto appended = OutboxRepository(store.db()).enqueueReply(reply);
        EXPECT_TRUE(isOk(appended));
        return appended.ok() ? appended->id : 0;
    }

    Message message(qint64 id) {
        auto m = MessageRepository(store.db()).find(id);
        return m.ok() ? *m : Message{};
    }

    int outboxCount() {
        auto n = OutboxRepository(store.db()).count();
        return n.ok() ? *n : -1;
    }

    static void pause(int ms) {
        FakeGateway::waitUntil([] { return false; }, ms);
    }

    void sendError(const QString& code, const QString& message, const QString& ref, bool fatal = false) {
        gateway.send(ErrorFrame{.id = {}, .code = code, .message = message, .detail = {}, .ref = ref, .fatal = fatal});
    }

    // The at_ms of the first ping the workbench wrote after its first frame of type F; 0 when none yet.
    template <typename F>
    qint64 pingAfter() const {
        bool written = false;
        for (const OutboundFrame& frame : gateway.received()) {
            written = written || std::holds_alternative<F>(frame);
            if (const auto* ping = std::get_if<PingFrame>(&frame); ping && written) {
                return ping->atMs;
            }
        }
        return 0;
    }

    // Enqueued, written and proven by a pong: its outbox row is gone.
    void presenceProven(AgentStatus status, qint64 atMs) {
        const auto before = gateway.receivedOf<PresenceFrame>().size();
        ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueuePresence(status, atMs)));
        channel.outboxChanged();
        ASSERT_TRUE(FakeGateway::waitUntil(
            [&] { return gateway.receivedOf<PresenceFrame>().size() == before + 1 && outboxCount() == 0; }));
    }

    // Away then online, both proven; then late rate_limited errors for both, in the given order.
    AgentStatus presenceAfterLateRefusals(bool olderRefusedFirst) {
        startWithConversation();
        presenceProven(AgentStatus::Away, kT0 + 1000);
        presenceProven(AgentStatus::Online, kT0 + 2000);
        const QList<PresenceFrame> written = gateway.receivedOf<PresenceFrame>();
        const QString away = written.value(0).id;
        const QString online = written.value(1).id;
        sendError(u"rate_limited"_s, u"发送过于频繁"_s, olderRefusedFirst ? away : online);
        sendError(u"rate_limited"_s, u"发送过于频繁"_s, olderRefusedFirst ? online : away);
        pause(600);  // the pause (150 ms) ends and whatever was queued again goes and is proven
        EXPECT_EQ(outboxCount(), 0);
        return gateway.receivedOf<PresenceFrame>().constLast().status;
    }

    test::TempStore store;
    qint64 agentId = 0;
    qint64 rateLimitPauseMs = 150;
    FakeGateway gateway;
    LiveChannel channel;
};

// Written, but the connection dropped before the gateway proved it had processed it: it goes again.
TEST_F(ChannelOutboxTest, ACommandWrittenJustBeforeADropIsSentAgain) {
    const qint64 conversationId = startWithConversation();
    ASSERT_GT(conversationId, 0);
    pause(100);  // the auth is proven by now (the pong to the ping after auth)
    gateway.setAnswerPings(false);
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueueClose(conversationId, kT0 + 1000)));
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ConversationCloseFrame>().size() == 1; }));
    pause(100);
    EXPECT_EQ(outboxCount(), 1);  // no pong yet: not provably processed

    gateway.setAnswerPings(true);
    gateway.abortClient();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ConversationCloseFrame>().size() == 2; }));
    EXPECT_EQ(gateway.receivedOf<ConversationCloseFrame>()[1].conversationId, u"conv-1"_s);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return outboxCount() == 0; }));  // the new connection's pong proves it
}

TEST_F(ChannelOutboxTest, ACommandIsRemovedOnceThePongAfterItArrives) {
    const qint64 conversationId = startWithConversation();
    pause(100);  // the auth is proven by now
    gateway.setAnswerPings(false);
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueueRead(conversationId, kT0 + 1000)));  // no buyer message: none
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueueTransfer(conversationId, kSupervisor, u"退款"_s, kT0)));
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return pingAfter<ConversationTransferFrame>() > 0; }));
    pause(100);
    EXPECT_EQ(outboxCount(), 1);  // written, but nothing proves the gateway processed it yet
    EXPECT_EQ(gateway.receivedTypes().constLast(), u"conversation.transfer"_s);

    gateway.send(PongFrame{.id = {}, .atMs = pingAfter<ConversationTransferFrame>()});
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return outboxCount() == 0; }));
    EXPECT_EQ(gateway.receivedOf<ConversationTransferFrame>().size(), 1);
}

TEST_F(ChannelOutboxTest, AReplyRefusedByAnErrorFailsWithTheGatewaysReason) {
    const qint64 conversationId = startWithConversation();
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (const auto* send = std::get_if<MessageSendFrame>(&frame)) {
            sendError(u"bad_frame"_s, u"消息格式错误"_s, send->clientMessageId);
        }
    });
    QList<AppliedBatch> batches;
    QObject::connect(&channel, &LiveChannel::batchApplied, &channel, [&](const AppliedBatch& b) { batches << b; });
    const qint64 replyId = enqueueReply(conversationId, u"亲，在的"_s);
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return message(replyId).status == MessageStatus::Failed; }));
    QSqlQuery q(store.db().connection());
    ASSERT_TRUE(q.exec(u"SELECT failure_reason FROM message WHERE id = %1"_s.arg(replyId)) && q.next());
    EXPECT_EQ(q.value(0).toString(), u"消息格式错误"_s);
    EXPECT_EQ(outboxCount(), 0);
    ASSERT_TRUE(FakeGateway::waitUntil([&] {
        return std::any_of(batches.cbegin(), batches.cend(),
                           [&](const AppliedBatch& b) { return b.ackedMessageIds.contains(replyId); });
    }));
    pause(300);
    EXPECT_EQ(gateway.receivedOf<MessageSendFrame>().size(), 1);  // a permanent refusal is not sent again
}

TEST_F(ChannelOutboxTest, ARateLimitedReplyIsSentAgainAfterAPause) {
    const qint64 conversationId = startWithConversation();
    int sends = 0;
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (const auto* send = std::get_if<MessageSendFrame>(&frame); send && ++sends == 1) {
            sendError(u"rate_limited"_s, u"发送过于频繁"_s, send->clientMessageId);
        }
    });
    const qint64 replyId = enqueueReply(conversationId, u"亲，在的"_s);
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<MessageSendFrame>().size() == 2; }));
    const QList<MessageSendFrame> sent = gateway.receivedOf<MessageSendFrame>();
    EXPECT_EQ(sent[0].clientMessageId, sent[1].clientMessageId);
    EXPECT_EQ(message(replyId).status, MessageStatus::Queued);  // still waiting for its message.acked
    EXPECT_EQ(gateway.connectionCount(), 1);                    // without a reconnect
}

// The gateway answers a ping before frames it has queued (§7), so the error about a command may arrive after the
// pong that seemed to prove it: the command is queued again.
TEST_F(ChannelOutboxTest, ACommandRateLimitedAfterItsPongIsQueuedAgain) {
    const qint64 conversationId = startWithConversation();
    int transfers = 0;
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (const auto* transfer = std::get_if<ConversationTransferFrame>(&frame); transfer && ++transfers == 1) {
            QTimer::singleShot(100, &gateway,
                               [this, ref = transfer->id] { sendError(u"rate_limited"_s, u"发送过于频繁"_s, ref); });
        }
    });
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueueTransfer(conversationId, kSupervisor, u"退款"_s, kT0)));
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ConversationTransferFrame>().size() == 2; }));
    const ConversationTransferFrame again = gateway.receivedOf<ConversationTransferFrame>()[1];
    EXPECT_EQ(again.toAgentNick, kSupervisor);
    EXPECT_EQ(again.reason, u"退款"_s);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return outboxCount() == 0; }));
}

TEST_F(ChannelOutboxTest, ACommandRefusedForGoodIsDropped) {
    const qint64 conversationId = startWithConversation();
    gateway.setAnswerPings(false);  // only the refusal can settle it
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (const auto* transfer = std::get_if<ConversationTransferFrame>(&frame)) {
            sendError(u"unknown_agent"_s, u"转接的客服不存在或不在线"_s, transfer->id);
        }
    });
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueueTransfer(conversationId, u"木棉纪旗舰店:无此人"_s, {}, kT0)));
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return outboxCount() == 0; }));
    pause(300);
    EXPECT_EQ(gateway.receivedOf<ConversationTransferFrame>().size(), 1);
}

// Without `ref` the workbench cannot tell which frame was refused: everything written goes again after the pause.
TEST_F(ChannelOutboxTest, ARateLimitedWithoutRefSendsTheReplyAgainAfterThePause) {
    const qint64 conversationId = startWithConversation();
    int sends = 0;
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (std::holds_alternative<MessageSendFrame>(frame) && ++sends == 1) {
            sendError(u"rate_limited"_s, u"发送过于频繁"_s, {});
        }
    });
    const qint64 replyId = enqueueReply(conversationId, u"亲，在的"_s);
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<MessageSendFrame>().size() == 2; }));
    EXPECT_EQ(message(replyId).status, MessageStatus::Queued);
    EXPECT_EQ(gateway.connectionCount(), 1);  // without a reconnect
}

// The pong to the ping after a refused command must not count as its proof.
TEST_F(ChannelOutboxTest, ACommandRateLimitedWithoutRefIsSentAgainAfterThePause) {
    const qint64 conversationId = startWithConversation();
    int transfers = 0;
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (std::holds_alternative<ConversationTransferFrame>(frame) && ++transfers == 1) {
            sendError(u"rate_limited"_s, u"发送过于频繁"_s, {});
        }
    });
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueueTransfer(conversationId, kSupervisor, u"退款"_s, kT0)));
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ConversationTransferFrame>().size() == 2; }));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return outboxCount() == 0; }));
}

// A late refusal of an older presence must not bring it back over a newer one the gateway already has.
TEST_F(ChannelOutboxTest, ALateRefusalOfTheOlderPresenceFirstLeavesTheNewerOne) {
    EXPECT_EQ(presenceAfterLateRefusals(true), AgentStatus::Online);
}

TEST_F(ChannelOutboxTest, ALateRefusalOfTheNewerPresenceFirstLeavesTheNewerOne) {
    EXPECT_EQ(presenceAfterLateRefusals(false), AgentStatus::Online);
}

// A fatal error quoting a command: the connection ends and the command goes first on the next one, but not forever.
TEST_F(ChannelOutboxTest, ACommandRefusedByFatalErrorsIsDroppedAfterFiveWrites) {
    const qint64 conversationId = startWithConversation();
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (const auto* transfer = std::get_if<ConversationTransferFrame>(&frame)) {
            sendError(u"internal"_s, u"网关内部错误"_s, transfer->id, true);
            gateway.closeClient(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
        }
    });
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueueTransfer(conversationId, kSupervisor, u"退款"_s, kT0)));
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return outboxCount() == 0; }, 8000));
    pause(500);
    EXPECT_EQ(gateway.receivedOf<ConversationTransferFrame>().size(), GatewayRefusal::kMaxAttempts);
}

TEST_F(ChannelOutboxTest, AReplyRefusedByFatalErrorsFailsAfterFiveWrites) {
    const qint64 conversationId = startWithConversation();
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (const auto* send = std::get_if<MessageSendFrame>(&frame)) {
            sendError(u"internal"_s, u"网关内部错误"_s, send->clientMessageId, true);
            gateway.closeClient(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
        }
    });
    const qint64 replyId = enqueueReply(conversationId, u"亲，在的"_s);
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return message(replyId).status == MessageStatus::Failed; }, 8000));
    EXPECT_EQ(message(replyId).failureReason, u"网关内部错误"_s);
    EXPECT_EQ(outboxCount(), 0);
    pause(500);
    EXPECT_EQ(gateway.receivedOf<MessageSendFrame>().size(), GatewayRefusal::kMaxAttempts);
}

// pending() reads a window of the oldest rows: once a pong removes them, the rows behind go too.
TEST_F(ChannelOutboxTest, CommandsBeyondThePendingWindowGoOnceTheFirstAreProven) {
    const qint64 conversationId = startWithConversation();
    constexpr int kCommands = 520;
    for (int i = 0; i < kCommands; ++i) {
        ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueueClose(conversationId, kT0 + i)));
    }
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return outboxCount() == 0; }, 8000));
    EXPECT_EQ(gateway.receivedOf<ConversationCloseFrame>().size(), kCommands);
}

// One pause step per pause however many refusals it answers; the pong after a pause ends the streak.
TEST_F(ChannelOutboxTest, ThePauseGrowsOncePerPauseAndResetsOnceTheGatewayTakesFramesAgain) {
    rateLimitPauseMs = 400;
    const qint64 conversationId = startWithConversation();
    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    int refuse = 3;
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (const auto* send = std::get_if<MessageSendFrame>(&frame)) {
            sentAt.append(clock.elapsed());
            if (refuse > 0) {
                --refuse;
                sendError(u"rate_limited"_s, u"发送过于频繁"_s, send->clientMessageId);
            }
        }
    });
    for (int i = 0; i < 3; ++i) {
        enqueueReply(conversationId, u"亲，在的 %1"_s.arg(i));
    }
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return sentAt.size() == 6; }, 5000));
    EXPECT_LT(sentAt[3] - sentAt[2], 700);  // one pause of 400 ms, not 400 · 2 · 2
    pause(200);                             // the probe after the pause is answered: the streak ends

    refuse = 1;
    enqueueReply(conversationId, u"亲，还在吗"_s);
    channel.outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return sentAt.size() == 8; }, 5000));
    EXPECT_LT(sentAt[7] - sentAt[6], 700);  // 400 ms again
}

}  // namespace
}  // namespace kefu
