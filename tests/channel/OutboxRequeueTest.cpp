#include "ApplierFixture.h"

namespace kefu::test {
namespace {

// OutboxRepository::requeue: a command whose row went on a pong, then refused for now by a late error.
class OutboxRequeueTest : public ApplierFixture {
protected:
    void SetUp() override {
        ApplierFixture::SetUp();
        applyOk({opened(1, u"conv-1"_s)});
        conversationId = conversationOf(u"conv-1"_s);
    }
    QList<OutboxEntry> pending() {
        auto rows = outbox.pending();
        EXPECT_TRUE(isOk(rows));
        return rows.ok() ? *rows : QList<OutboxEntry>{};
    }

    OutboxRepository outbox{store.db()};
    qint64 conversationId = 0;
};

TEST_F(OutboxRequeueTest, ATransferComesBackWithItsContentAndAttempts) {
    ASSERT_TRUE(isOk(outbox.enqueueTransfer(conversationId, kSupervisor, u"买家要求退款"_s, kT0)));
    OutboxEntry written = pending().value(0);
    ASSERT_TRUE(isOk(outbox.remove({written.id})));
    written.attempts = 2;
    ASSERT_TRUE(isOk(outbox.requeue(written)));
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_GT(rows[0].id, written.id);
    EXPECT_EQ(rows[0].kind, OutboxKind::ConversationTransfer);
    EXPECT_EQ(rows[0].gatewayConversationId, u"conv-1"_s);
    EXPECT_EQ(rows[0].toAgentNick, kSupervisor);
    EXPECT_EQ(rows[0].reason, u"买家要求退款"_s);
    EXPECT_EQ(rows[0].attempts, 2);
    EXPECT_EQ(rows[0].createdAtMs, kT0);
}

TEST_F(OutboxRequeueTest, ANewerPresenceWins) {
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Away, kT0)));
    const OutboxEntry older = pending().value(0);
    ASSERT_TRUE(isOk(outbox.remove({older.id})));
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Online, kT0 + 1)));
    ASSERT_TRUE(isOk(outbox.requeue(older)));
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].presence, AgentStatus::Online);
}

TEST_F(OutboxRequeueTest, ANewerPresenceQueuedAgainReplacesAnOlderOneQueuedAgain) {
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Away, kT0)));
    const OutboxEntry older = pending().value(0);
    ASSERT_TRUE(isOk(outbox.remove({older.id})));
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Online, kT0 + 1)));
    const OutboxEntry newer = pending().value(0);
    ASSERT_TRUE(isOk(outbox.remove({newer.id})));
    ASSERT_TRUE(isOk(outbox.requeue(older)));  // its refusal came first
    ASSERT_TRUE(isOk(outbox.requeue(newer)));  // the older one's row has a higher id now, but is older
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].presence, AgentStatus::Online);
}

TEST_F(OutboxRequeueTest, AnOlderPresenceQueuedAgainAfterANewerOneIsDropped) {
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Away, kT0)));
    const OutboxEntry older = pending().value(0);
    ASSERT_TRUE(isOk(outbox.remove({older.id})));
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Online, kT0 + 1)));
    const OutboxEntry newer = pending().value(0);
    ASSERT_TRUE(isOk(outbox.remove({newer.id})));
    ASSERT_TRUE(isOk(outbox.requeue(newer)));
    ASSERT_TRUE(isOk(outbox.requeue(older)));
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].presence, AgentStatus::Online);
}

TEST_F(OutboxRequeueTest, AReplyIsNotRequeued) {
    OutboxEntry reply;
    reply.kind = OutboxKind::MessageSend;
    reply.conversationId = conversationId;
    EXPECT_FALSE(outbox.requeue(reply).ok());
    EXPECT_TRUE(pending().isEmpty());
}

}  // namespace
}  // namespace kefu::test
