#include "support/IsOk.h"
#include "support/TempStore.h"

#include "store/ConversationRepository.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;
using test::isOk;

class OutboxRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSqlQuery q(store.db().connection());
        ASSERT_TRUE(q.exec(u"INSERT INTO customer (buyer_nick, created_at_ms) VALUES ('小鱼儿_88', 1)"_s));
        Conversation c;
        c.customerId = q.lastInsertId().toLongLong();
        c.openedAtMs = 1;
        gatewayConversation = *conversations.createFromGateway(c, u"conv-1001"_s);
        localConversation = *conversations.create(c);
    }
    Message reply(qint64 conversationId, const QString& body = u"亲，今天下单明天发货哦~"_s) {
        Message m;
        m.conversationId = conversationId;
        m.direction = MessageDirection::Buyer;  // enqueueReply makes it the agent's, whatever it was given
        m.status = MessageStatus::Delivered;
        m.body = body;
        m.sentAtMs = ++now;
        return m;
    }
    qint64 enqueue(qint64 conversationId) {
        auto r = outbox.enqueueReply(reply(conversationId));
        EXPECT_TRUE(isOk(r));
        return r.ok() ? r->id : 0;
    }
    void addBuyerMessage(const QString& gatewayId) {
        Message m = reply(gatewayConversation, u"在吗"_s);
        m.gatewayMessageId = gatewayId;
        ASSERT_TRUE(isOk(messages.append(m)));
    }
    QList<OutboxEntry> pending() {
        auto p = outbox.pending();
        EXPECT_TRUE(isOk(p));
        return p.ok() ? *p : QList<OutboxEntry>{};
    }

    test::TempStore store;
    ConversationRepository conversations{store.db()};
    MessageRepository messages{store.db()};
    OutboxRepository outbox{store.db()};
    qint64 gatewayConversation = 0;
    qint64 localConversation = 0;
    qint64 now = 1000;
};

TEST_F(OutboxRepositoryTest, EnqueueReplyStoresAQueuedAgentMessageAndItsRow) {
    const qint64 id = enqueue(gatewayConversation);
    const Message stored = *messages.find(id);
    EXPECT_EQ(stored.direction, MessageDirection::Agent);
    EXPECT_EQ(stored.status, MessageStatus::Queued);
    EXPECT_TRUE(stored.clientMessageId.startsWith(u"c-"_s));
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 1);
    const OutboxEntry& e = rows.first();
    EXPECT_EQ(e.kind, OutboxKind::MessageSend);
    EXPECT_EQ(e.conversationId, gatewayConversation);
    EXPECT_EQ(e.gatewayConversationId, u"conv-1001"_s);
    EXPECT_EQ(e.messageId, id);
    EXPECT_EQ(e.clientMessageId, stored.clientMessageId);
    EXPECT_EQ(e.messageKind, MessageKind::Text);
    EXPECT_EQ(e.body, u"亲，今天下单明天发货哦~"_s);
    EXPECT_EQ(e.attempts, 0);
    EXPECT_EQ(conversations.find(gatewayConversation)->status, ConversationStatus::InProgress);
}

TEST_F(OutboxRepositoryTest, AReplyWithAStoredClientIdChangesNothing) {
    Message m = reply(gatewayConversation);
    m.clientMessageId = u"c-7f3a"_s;
    auto first = outbox.enqueueReply(m);
    auto again = outbox.enqueueReply(m);
    ASSERT_TRUE(isOk(first));
    ASSERT_TRUE(isOk(again));
    EXPECT_TRUE(first->inserted);
    EXPECT_FALSE(again->inserted);
    EXPECT_EQ(again->id, first->id);
    EXPECT_EQ(*outbox.count(), 1);
    EXPECT_EQ(*messages.count(), 1);
}

TEST_F(OutboxRepositoryTest, PendingIsOldestFirstAndLimited) {
    const qint64 a = enqueue(gatewayConversation);
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Away, ++now)));
    const qint64 b = enqueue(localConversation);
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].messageId, a);
    EXPECT_EQ(rows[1].kind, OutboxKind::Presence);
    EXPECT_EQ(rows[1].presence, AgentStatus::Away);
    EXPECT_EQ(rows[1].conversationId, 0);
    EXPECT_EQ(rows[2].messageId, b);
    EXPECT_TRUE(rows[2].gatewayConversationId.isEmpty());
    EXPECT_EQ(outbox.pending(2)->size(), 2);
}

// The status bar's 待发送 counts replies only: a read mark or a presence waiting beside them is no message.
TEST_F(OutboxRepositoryTest, CountRepliesLeavesOutReadMarksAndPresence) {
    enqueue(gatewayConversation);
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Away, ++now)));
    ASSERT_TRUE(isOk(outbox.enqueueRead(gatewayConversation, ++now)));
    enqueue(localConversation);
    auto all = outbox.count();
    auto replies = outbox.countReplies();
    ASSERT_TRUE(isOk(all));
    ASSERT_TRUE(isOk(replies));
    EXPECT_EQ(*replies, 2);
    EXPECT_GT(*all, *replies);
}

// Row ids start again at 1 in every store: a gateway de-duplicating commands by frame id must not mistake the first
// close of a second install for the first close of this one.
TEST(OutboxEntryTest, FrameIdsDifferAcrossStoresThatReuseARowId) {
    OutboxEntry here;
    here.id = 1;
    here.createdAtMs = 1'764'550'000'000;
    OutboxEntry elsewhere = here;
    elsewhere.createdAtMs += 37;
    EXPECT_NE(here.frameId(), elsewhere.frameId());
    EXPECT_EQ(here.frameId(), here.frameId()) << "a re-send is the same frame";
    EXPECT_TRUE(here.frameId().startsWith(u"f-"_s));
}

TEST_F(OutboxRepositoryTest, FailReplyMarksItFailedWithTheReasonAndDropsTheRow) {
    const qint64 id = enqueue(localConversation);
    ASSERT_TRUE(isOk(outbox.failReply(pending().first().id, u"本地会话未接入网关，无法发送"_s)));
    const Message failed = *messages.find(id);
    EXPECT_EQ(failed.status, MessageStatus::Failed);
    EXPECT_EQ(failed.failureReason, u"本地会话未接入网关，无法发送"_s);
    EXPECT_EQ(*outbox.count(), 0);
}

TEST_F(OutboxRepositoryTest, RetryQueuesAFailedReplyUnderANewClientId) {
    const qint64 id = enqueue(gatewayConversation);
    const QString firstClientId = messages.find(id)->clientMessageId;
    ASSERT_TRUE(isOk(outbox.failReply(pending().first().id, u"消息包含违禁词"_s)));
    ASSERT_TRUE(isOk(outbox.retryReply(id, ++now)));
    const Message queued = *messages.find(id);
    EXPECT_EQ(queued.status, MessageStatus::Queued);
    EXPECT_NE(queued.clientMessageId, firstClientId);
    EXPECT_TRUE(queued.failureReason.isEmpty());
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().clientMessageId, queued.clientMessageId);
    EXPECT_EQ(rows.first().createdAtMs, now);
}

TEST_F(OutboxRepositoryTest, OnlyAFailedReplyCanBeRetried) {
    const qint64 id = enqueue(gatewayConversation);
    auto refused = outbox.retryReply(id, ++now);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(*outbox.count(), 1);
    EXPECT_EQ(messages.find(id)->status, MessageStatus::Queued);
}

TEST_F(OutboxRepositoryTest, ReadNamesTheNewestBuyerMessageAndReplacesAnUnsentRead) {
    ASSERT_TRUE(isOk(outbox.enqueueRead(gatewayConversation, ++now)));
    EXPECT_EQ(*outbox.count(), 0);  // no buyer message with a gateway id yet
    addBuyerMessage(u"gw:msg.1"_s);
    ASSERT_TRUE(isOk(outbox.enqueueRead(gatewayConversation, ++now)));
    addBuyerMessage(u"gw:msg.2"_s);
    ASSERT_TRUE(isOk(outbox.enqueueRead(gatewayConversation, ++now)));
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().kind, OutboxKind::MessageRead);
    EXPECT_EQ(rows.first().gatewayMessageId, u"gw:msg.2"_s);
    EXPECT_EQ(rows.first().gatewayConversationId, u"conv-1001"_s);
}

TEST_F(OutboxRepositoryTest, CloseAndTransferAreQueuedOnlyForGatewayConversations) {
    ASSERT_TRUE(isOk(outbox.enqueueClose(localConversation, ++now)));
    ASSERT_TRUE(isOk(outbox.enqueueTransfer(localConversation, u"木棉纪旗舰店:主管"_s, {}, ++now)));
    EXPECT_EQ(*outbox.count(), 0);
    ASSERT_TRUE(isOk(outbox.enqueueClose(gatewayConversation, ++now)));
    ASSERT_TRUE(isOk(outbox.enqueueTransfer(gatewayConversation, u"木棉纪旗舰店:主管"_s, u"买家要求退款"_s, ++now)));
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].kind, OutboxKind::ConversationClose);
    EXPECT_EQ(rows[1].kind, OutboxKind::ConversationTransfer);
    EXPECT_EQ(rows[1].toAgentNick, u"木棉纪旗舰店:主管"_s);
    EXPECT_EQ(rows[1].reason, u"买家要求退款"_s);
    EXPECT_EQ(rows[1].gatewayConversationId, u"conv-1001"_s);
    EXPECT_EQ(outbox.enqueueClose(987654, ++now).error().code, ErrorCode::NotFound);
}

TEST_F(OutboxRepositoryTest, PresenceReplacesOneNotYetSent) {
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Away, ++now)));
    ASSERT_TRUE(isOk(outbox.enqueuePresence(AgentStatus::Online, ++now)));
    const QList<OutboxEntry> rows = pending();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().presence, AgentStatus::Online);
}

TEST_F(OutboxRepositoryTest, MarkAttemptedCountsAndRemoveDrops) {
    enqueue(gatewayConversation);
    ASSERT_TRUE(isOk(outbox.enqueueClose(gatewayConversation, ++now)));
    const QList<OutboxEntry> rows = pending();
    ASSERT_TRUE(isOk(outbox.markAttempted({rows[0].id, rows[1].id}, ++now)));
    ASSERT_TRUE(isOk(outbox.markAttempted({rows[0].id}, ++now)));
    EXPECT_EQ(pending()[0].attempts, 2);
    EXPECT_EQ(pending()[1].attempts, 1);
    ASSERT_TRUE(isOk(outbox.remove({rows[1].id})));
    EXPECT_EQ(*outbox.count(), 1);
    EXPECT_EQ(pending().first().id, rows[0].id);
}

TEST_F(OutboxRepositoryTest, AnIdIsNeverReusedAfterItsRowIsRemoved) {
    // The channel worker tells what it already sent on a connection by id: a reused id would hide a new command.
    ASSERT_TRUE(isOk(outbox.enqueueClose(gatewayConversation, ++now)));
    const qint64 first = pending().first().id;
    ASSERT_TRUE(isOk(outbox.remove({first})));
    enqueue(gatewayConversation);
    EXPECT_GT(pending().first().id, first);
}

}  // namespace
}  // namespace kefu
