#include "FakeGateway.h"
#include "channel/FrameCodec.h"
#include "channel/client/ChannelWorker.h"
#include "channel/client/LiveChannel.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "support/IsOk.h"
#include "support/TempStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

using test::FakeGateway;
using test::isOk;

constexpr qint64 kT0 = 1718000000000;
const QString kAgent = u"木棉纪旗舰店:小美"_s;

ChannelSettings settingsFor(const QString& url, const QString& dbPath) {
    ChannelSettings settings;
    settings.url = url;
    settings.agentNick = kAgent;
    settings.token = u"good-token"_s;
    settings.dbPath = dbPath;
    settings.timings.helloTimeoutMs = 500;
    settings.timings.backoff = BackoffPolicy{.initialMs = 50, .maxMs = 200, .jitter = 0.0, .stableMs = 60000};
    settings.timings.checkpointIdleMs = 50;
    return settings;
}

QByteArray opened(qint64 seq, const QString& conversation) {
    return FrameCodec::encodeInbound(ConversationOpenedFrame{.id = {},
                                                             .seq = seq,
                                                             .conversationId = conversation,
                                                             .buyerNick = u"小鱼儿_88"_s,
                                                             .channel = Channel::Tmall,
                                                             .openedAtMs = kT0 + seq});
}

QByteArray created(qint64 seq, const QString& conversation, const QString& gatewayId, const QString& body) {
    return FrameCodec::encodeInbound(MessageCreatedFrame{.id = {},
                                                         .seq = seq,
                                                         .gatewayMessageId = gatewayId,
                                                         .conversationId = conversation,
                                                         .buyerNick = u"小鱼儿_88"_s,
                                                         .kind = MessageKind::Text,
                                                         .body = body,
                                                         .sentAtMs = kT0 + seq});
}

class LiveChannelTest : public ::testing::Test {
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

    int storedWithGatewayId(const QString& gatewayId) {
        QSqlQuery q(store.db().connection());
        q.prepare(u"SELECT COUNT(*) FROM message WHERE gateway_message_id = ?"_s);
        q.addBindValue(gatewayId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    qint64 conversationOf(const QString& gatewayConversationId) {
        auto id = ConversationRepository(store.db()).findByGatewayId(gatewayConversationId);
        return id.ok() && id->has_value() ? **id : 0;
    }

    qint64 enqueueReply(qint64 conversationId, const QString& body) {
        Message reply;
        reply.conversationId = conversationId;
        reply.direction = MessageDirection::Agent;
        reply.kind = MessageKind::Text;
        reply.body = body;
        reply.status = MessageStatus::Queued;
        reply.sentAtMs = kT0 + 100;
        reply.agentId = agentId;
        auto appended = OutboxRepository(store.db()).enqueueReply(reply);
        EXPECT_TRUE(isOk(appended));
        return appended.ok() ? appended->id : 0;
    }

    MessageStatus statusOf(qint64 messageId) {
        auto m = MessageRepository(store.db()).find(messageId);
        return m.ok() ? m->status : MessageStatus::Queued;
    }

    test::TempStore store;
    qint64 agentId = 0;
    FakeGateway gateway;
};

TEST_F(LiveChannelTest, StoresABurstBeforeAckingItAndSendsRepliesUntilTheyAreAcked) {
    QList<AppliedBatch> batches;
    bool signalsOnGuiThread = true;
    std::optional<bool> storedAtFirstAck;
    gateway.setOnFrame([&](const OutboundFrame& frame) {
        if (std::holds_alternative<AckFrame>(frame) && !storedAtFirstAck) {
            storedAtFirstAck = storedWithGatewayId(u"gw:msg.1"_s) == 1;
        }
    });
    auto channel = std::make_unique<LiveChannel>();
    QObject::connect(channel.get(), &LiveChannel::batchApplied, channel.get(), [&](const AppliedBatch& batch) {
        signalsOnGuiThread = signalsOnGuiThread && QThread::currentThread() == qApp->thread();
        batches << batch;
    });
    channel->start(settingsFor(gateway.url().toString(), store.path()));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ResumeFrame>().size() == 1; }));
    EXPECT_EQ(gateway.receivedOf<ResumeFrame>()[0].lastSeq, 0);

    // Inbound: stored, then acked with the burst's last seq.
    gateway.sendAll({opened(1, u"conv-1"_s), created(2, u"conv-1"_s, u"gw:msg.1"_s, u"在吗？M 码什么时候发货"_s)});
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !gateway.receivedOf<AckFrame>().isEmpty(); }));
    EXPECT_EQ(gateway.receivedOf<AckFrame>().constLast().seq, 2);
    EXPECT_EQ(storedAtFirstAck, std::optional<bool>(true));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !batches.isEmpty(); }));
    const qint64 conversationId = conversationOf(u"conv-1"_s);
    ASSERT_GT(conversationId, 0);
    EXPECT_TRUE(batches[0].buyerMessageConversationIds.contains(conversationId));
    EXPECT_TRUE(signalsOnGuiThread);
    // The store went quiet: the maintenance connection checkpointed the WAL.
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return channel->diagnostics().checkpoints >= 1; }));

    // Outbound: the GUI enqueues on its own connection and pokes the channel.
    const qint64 replyId = enqueueReply(conversationId, u"亲，今天下单明天发货哦~"_s);
    const QString clientId = MessageRepository(store.db()).find(replyId)->clientMessageId;
    channel->outboxChanged();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<MessageSendFrame>().size() == 1; }));
    const MessageSendFrame sent = gateway.receivedOf<MessageSendFrame>()[0];
    EXPECT_EQ(sent.clientMessageId, clientId);
    EXPECT_EQ(sent.conversationId, u"conv-1"_s);
    EXPECT_EQ(sent.body, u"亲，今天下单明天发货哦~"_s);
    channel->outboxChanged();  // poked again while awaiting its ack: not sent twice on this connection
    FakeGateway::waitUntil([] { return false; }, 150);
    EXPECT_EQ(gateway.receivedOf<MessageSendFrame>().size(), 1);

    // The connection drops before the ack: the reply goes again, under the same client id, after resume.
    gateway.abortClient();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<MessageSendFrame>().size() == 2; }));
    EXPECT_EQ(gateway.receivedOf<ResumeFrame>().constLast().lastSeq, 2);
    EXPECT_EQ(gateway.receivedOf<MessageSendFrame>()[1].clientMessageId, clientId);
    EXPECT_EQ(statusOf(replyId), MessageStatus::Queued);

    // The platform's ack marks it sent and empties the outbox.
    gateway.send(MessageAckedFrame{.id = {},
                                   .seq = 3,
                                   .clientMessageId = clientId,
                                   .status = MessageStatus::Sent,
                                   .gatewayMessageId = u"gw:msg.3"_s,
                                   .sentAtMs = kT0 + 3,
                                   .reason = {}});
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return statusOf(replyId) == MessageStatus::Sent; }));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<AckFrame>().constLast().seq == 3; }));
    EXPECT_EQ(*OutboxRepository(store.db()).count(), 0);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return channel->diagnostics().lastAckedSeq == 3; }));
    EXPECT_EQ(channel->diagnostics().reconnects, 1);
    EXPECT_EQ(channel->state(), ChannelState::Live);

    channel.reset();
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !gateway.clientCloseCodes().isEmpty(); }));
    EXPECT_EQ(gateway.clientCloseCodes().constLast(), 1000);
}

TEST_F(LiveChannelTest, ADuplicateBurstIsNotStoredTwiceButAckedAgain) {
    LiveChannel channel;
    channel.start(settingsFor(gateway.url().toString(), store.path()));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ResumeFrame>().size() == 1; }));
    gateway.sendAll({opened(1, u"conv-1"_s), created(2, u"conv-1"_s, u"gw:msg.1"_s, u"在吗"_s)});
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<AckFrame>().size() == 1; }));
    gateway.sendAll({created(2, u"conv-1"_s, u"gw:msg.1"_s, u"在吗"_s)});
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<AckFrame>().size() == 2; }));
    EXPECT_EQ(gateway.receivedOf<AckFrame>()[1].seq, 2);
    EXPECT_EQ(storedWithGatewayId(u"gw:msg.1"_s), 1);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return channel.diagnostics().duplicates == 1; }));
}

// A sequenced frame the codec refuses (here an unknown message kind) must not hold back the frames after it: its seq
// is covered, the later message is stored, and the ack goes past it.
TEST_F(LiveChannelTest, AnUndecodableSequencedFrameDoesNotStallTheStream) {
    LiveChannel channel;
    channel.start(settingsFor(gateway.url().toString(), store.path()));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ResumeFrame>().size() == 1; }));
    QByteArray video = created(2, u"conv-1"_s, u"gw:msg.1"_s, u"看视频"_s);
    video.replace("\"kind\":\"text\"", "\"kind\":\"video\"");
    ASSERT_TRUE(video.contains("video"));
    gateway.sendAll({opened(1, u"conv-1"_s), video, created(3, u"conv-1"_s, u"gw:msg.2"_s, u"在吗"_s)});
    ASSERT_TRUE(FakeGateway::waitUntil([&] {
        const QList<AckFrame> acks = gateway.receivedOf<AckFrame>();
        return !acks.isEmpty() && acks.constLast().seq == 3;
    }));
    EXPECT_EQ(storedWithGatewayId(u"gw:msg.2"_s), 1);
    EXPECT_EQ(storedWithGatewayId(u"gw:msg.1"_s), 0);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return channel.diagnostics().rejected == 1; }));
}

TEST_F(LiveChannelTest, AReplyInALocalConversationFailsWithAReason) {
    Customer customer;
    customer.buyerNick = u"本地买家"_s;
    auto customerId = CustomerRepository(store.db()).add(customer);
    ASSERT_TRUE(isOk(customerId));
    Conversation local;
    local.customerId = *customerId;
    local.openedAtMs = kT0;
    auto conversationId = ConversationRepository(store.db()).create(local);
    ASSERT_TRUE(isOk(conversationId));
    const qint64 replyId = enqueueReply(*conversationId, u"亲，在的"_s);

    QList<AppliedBatch> batches;
    LiveChannel channel;
    QObject::connect(&channel, &LiveChannel::batchApplied, &channel,
                     [&](const AppliedBatch& batch) { batches << batch; });
    channel.start(settingsFor(gateway.url().toString(), store.path()));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return statusOf(replyId) == MessageStatus::Failed; }));
    EXPECT_TRUE(gateway.receivedOf<MessageSendFrame>().isEmpty());
    QSqlQuery q(store.db().connection());
    ASSERT_TRUE(q.exec(u"SELECT failure_reason FROM message WHERE id = %1"_s.arg(replyId)) && q.next());
    EXPECT_EQ(q.value(0).toString(), ChannelWorker::localConversationReason());
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !batches.isEmpty(); }));
    EXPECT_TRUE(batches[0].ackedMessageIds.contains(replyId));
}

TEST_F(LiveChannelTest, SendsPresenceAndRemovesItOnceWritten) {
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueuePresence(AgentStatus::Away, kT0)));
    LiveChannel channel;
    channel.start(settingsFor(gateway.url().toString(), store.path()));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !gateway.receivedOf<PresenceFrame>().isEmpty(); }));
    EXPECT_EQ(gateway.receivedOf<PresenceFrame>()[0].status, AgentStatus::Away);
    EXPECT_EQ(gateway.receivedTypes().mid(0, 3), (QStringList{u"auth"_s, u"resume"_s, u"presence"_s}));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return *OutboxRepository(store.db()).count() == 0; }));
}

TEST_F(LiveChannelTest, ACommandPipelinedBehindARefusedAuthStaysInTheOutbox) {
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueuePresence(AgentStatus::Online, kT0)));
    gateway.setToken(u"another-token"_s);
    QString refused;
    LiveChannel channel;
    QObject::connect(&channel, &LiveChannel::authFailed, &channel, [&](const QString& m) { refused = m; });
    channel.start(settingsFor(gateway.url().toString(), store.path()));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !refused.isEmpty(); }));
    EXPECT_EQ(gateway.receivedTypes().value(0), u"auth"_s);  // the gateway ignores everything after a refused auth
    EXPECT_EQ(channel.state(), ChannelState::AuthFailed);
    FakeGateway::waitUntil([] { return false; }, 100);
    EXPECT_EQ(*OutboxRepository(store.db()).count(), 1);  // goes again after the agent signs in again
}

TEST_F(LiveChannelTest, RateLimitedHoldsTheOutboxForAWhile) {
    ChannelSettings settings = settingsFor(gateway.url().toString(), store.path());
    settings.timings.rateLimitPauseMs = 400;
    LiveChannel channel;
    channel.start(settings);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return gateway.receivedOf<ResumeFrame>().size() == 1; }));
    gateway.send(ErrorFrame{
        .id = {}, .code = u"rate_limited"_s, .message = u"发送过于频繁"_s, .detail = {}, .ref = {}, .fatal = false});
    FakeGateway::waitUntil([] { return false; }, 50);
    ASSERT_TRUE(isOk(OutboxRepository(store.db()).enqueuePresence(AgentStatus::Away, kT0)));
    channel.outboxChanged();
    FakeGateway::waitUntil([] { return false; }, 200);
    EXPECT_TRUE(gateway.receivedOf<PresenceFrame>().isEmpty());
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return !gateway.receivedOf<PresenceFrame>().isEmpty(); }));
}

TEST_F(LiveChannelTest, StopsCleanlyWhileTheSocketIsStillConnecting) {
    QTcpServer mute;  // accepts TCP but never answers the WebSocket upgrade
    ASSERT_TRUE(mute.listen(QHostAddress::LocalHost, 0));
    auto channel = std::make_unique<LiveChannel>();
    channel->start(settingsFor(u"ws://127.0.0.1:%1/"_s.arg(mute.serverPort()), store.path()));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return mute.hasPendingConnections(); }));
    QTcpSocket* peer = mute.nextPendingConnection();
    bool peerClosed = false;
    QObject::connect(peer, &QTcpSocket::disconnected, &mute, [&] { peerClosed = true; });
    EXPECT_TRUE(channel->isRunning());
    QElapsedTimer clock;
    clock.start();
    channel.reset();
    EXPECT_LT(clock.elapsed(), 1000);
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return peerClosed; }));
}

TEST_F(LiveChannelTest, AStoreThatCannotBeOpenedIsReported) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not-a-store.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QString problem;
    LiveChannel channel;
    QObject::connect(&channel, &LiveChannel::problemReported, &channel, [&](const QString& m) { problem = m; });
    channel.start(settingsFor(gateway.url().toString(), path));
    ASSERT_TRUE(FakeGateway::waitUntil([&] { return channel.state() == ChannelState::Failed; }));
    EXPECT_TRUE(problem.contains(u"无法打开本地数据库"_s)) << problem.toStdString();
    EXPECT_EQ(gateway.connectionCount(), 0);
}

}  // namespace
}  // namespace kefu
