#include "support/TempStore.h"

#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

class MessageRepositoryTest : public ::testing::Test {
protected:
    qint64 insertRow(const QString& sql, const QVariantList& values) {
        QSqlQuery q(store.db().connection());
        EXPECT_TRUE(q.prepare(sql));
        for (int i = 0; i < values.size(); ++i) {
            q.bindValue(i, values.at(i));
        }
        EXPECT_TRUE(q.exec()) << sql.toStdString();
        return q.lastInsertId().toLongLong();
    }
    qint64 addConversation(Channel channel = Channel::Tmall) {
        const qint64 customer = insertRow(u"INSERT INTO customer (buyer_nick, created_at_ms) VALUES (?, 1)"_s,
                                          {u"buyer%1"_s.arg(++m_customers)});
        Conversation c;
        c.customerId = customer;
        c.channel = channel;
        c.status = ConversationStatus::InProgress;
        c.openedAtMs = 1;
        auto id = conversations.create(c);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
    qint64 addAgent() {
        return insertRow(u"INSERT INTO agent (nick, display_name, role) VALUES ('店:小美', '小美', 'presale')"_s, {});
    }
    static Message message(qint64 conversationId, MessageDirection direction, const QString& body, qint64 atMs) {
        Message m;
        m.conversationId = conversationId;
        m.direction = direction;
        m.body = body;
        m.sentAtMs = atMs;
        return m;
    }
    qint64 append(const Message& m) {
        auto r = messages.append(m);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().detail.toStdString());
        EXPECT_TRUE(r.ok() && r->inserted);
        return r.ok() ? r->id : 0;
    }
    Conversation conversation(qint64 id) {
        auto c = conversations.find(id);
        EXPECT_TRUE(c.ok());
        return c.ok() ? *c : Conversation{};
    }

    test::TempStore store;
    ConversationRepository conversations{store.db()};
    MessageRepository messages{store.db()};
    int m_customers = 0;
};

void expectSame(const Message& actual, const Message& expected) {
    EXPECT_EQ(actual.conversationId, expected.conversationId);
    EXPECT_EQ(actual.direction, expected.direction);
    EXPECT_EQ(actual.kind, expected.kind);
    EXPECT_EQ(actual.body, expected.body);
    EXPECT_EQ(actual.gatewayMessageId, expected.gatewayMessageId);
    EXPECT_EQ(actual.clientMessageId, expected.clientMessageId);
    EXPECT_EQ(actual.status, expected.status);
    EXPECT_EQ(actual.sentAtMs, expected.sentAtMs);
    EXPECT_EQ(actual.agentId, expected.agentId);
}

TEST_F(MessageRepositoryTest, AppendAndFindRoundTripEveryField) {
    const qint64 conv = addConversation();
    Message reply = message(conv, MessageDirection::Agent, u"亲，这款是 M 码哦\n第二行"_s, 1'700'000'000'123);
    reply.kind = MessageKind::ProductCard;
    reply.gatewayMessageId = u"gw-1"_s;
    reply.clientMessageId = u"client-uuid-1"_s;
    reply.status = MessageStatus::Queued;
    reply.agentId = addAgent();
    const qint64 id = append(reply);
    auto found = messages.find(id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->id, id);
    expectSame(*found, reply);

    Message bare = message(conv, MessageDirection::System, QString(), 5);  // null body, no ids, no agent
    bare.kind = MessageKind::SystemNotice;
    bare.status = MessageStatus::Failed;
    auto stored = messages.find(append(bare));
    ASSERT_TRUE(stored.ok());
    expectSame(*stored, bare);
    EXPECT_TRUE(stored->gatewayMessageId.isEmpty());
    EXPECT_FALSE(stored->agentId.has_value());

    for (MessageKind kind : {MessageKind::Text, MessageKind::Image, MessageKind::OrderCard}) {
        Message m = message(conv, MessageDirection::Buyer, u"x"_s, 6);
        m.kind = kind;
        EXPECT_EQ(messages.find(append(m))->kind, kind);
    }
    EXPECT_EQ(*messages.count(), 5);
}

TEST_F(MessageRepositoryTest, BuyerAndAgentMessagesKeepTheInboxFields) {
    const qint64 conv = addConversation();
    append(message(conv, MessageDirection::Buyer, u"在吗"_s, 100));
    Conversation c = conversation(conv);
    EXPECT_EQ(c.status, ConversationStatus::Waiting);
    EXPECT_EQ(c.waitingSinceMs, 100);
    EXPECT_EQ(c.lastBuyerMessageAtMs, 100);
    EXPECT_EQ(c.unreadCount, 1);
    EXPECT_EQ(c.lastMessagePreview, u"在吗"_s);
    EXPECT_EQ(c.lastMessageAtMs, 100);

    append(message(conv, MessageDirection::Buyer, u"什么时候发货？\n急用"_s, 200));
    c = conversation(conv);
    EXPECT_EQ(c.waitingSinceMs, 100);  // still waiting since the first unanswered message
    EXPECT_EQ(c.lastBuyerMessageAtMs, 200);
    EXPECT_EQ(c.unreadCount, 2);
    EXPECT_EQ(c.lastMessagePreview, messagePreview(MessageKind::Text, u"什么时候发货？\n急用"_s));

    const qint64 agent = addAgent();
    Message reply = message(conv, MessageDirection::Agent, u"今天就发"_s, 300);
    reply.agentId = agent;
    append(reply);
    c = conversation(conv);
    EXPECT_EQ(c.status, ConversationStatus::InProgress);
    EXPECT_FALSE(c.waitingSinceMs.has_value());
    EXPECT_EQ(c.lastAgentMessageAtMs, 300);
    EXPECT_EQ(c.lastBuyerMessageAtMs, 200);
    EXPECT_EQ(c.unreadCount, 0);
    EXPECT_EQ(c.lastMessagePreview, u"今天就发"_s);

    Message card = message(conv, MessageDirection::Buyer, u"3012345678901234567"_s, 400);
    card.kind = MessageKind::OrderCard;
    append(card);
    c = conversation(conv);
    EXPECT_EQ(c.status, ConversationStatus::Waiting);
    EXPECT_EQ(c.waitingSinceMs, 400);
    EXPECT_EQ(c.lastMessagePreview, messagePreview(MessageKind::OrderCard, card.body));
    EXPECT_EQ(*conversations.countWaiting(), 1);
}

TEST_F(MessageRepositoryTest, BuyerMessageReopensAClosedConversation) {
    const qint64 conv = addConversation();
    append(message(conv, MessageDirection::Buyer, u"好的"_s, 100));
    ASSERT_TRUE(conversations.close(conv, 150).ok());
    append(message(conv, MessageDirection::Buyer, u"还有个问题"_s, 600));
    const Conversation c = conversation(conv);
    EXPECT_EQ(c.status, ConversationStatus::Waiting);
    EXPECT_FALSE(c.closedAtMs.has_value());
    EXPECT_EQ(c.waitingSinceMs, 600);  // a fresh wait, not the one from before it was closed
    EXPECT_EQ(c.unreadCount, 2);
}

TEST_F(MessageRepositoryTest, SystemAndOlderMessagesLeaveTheStateAlone) {
    const qint64 conv = addConversation();
    append(message(conv, MessageDirection::Buyer, u"在吗"_s, 100));
    Message notice = message(conv, MessageDirection::System, u"买家已付款"_s, 200);
    notice.kind = MessageKind::SystemNotice;
    append(notice);
    Conversation c = conversation(conv);
    EXPECT_EQ(c.status, ConversationStatus::Waiting);
    EXPECT_EQ(c.waitingSinceMs, 100);
    EXPECT_EQ(c.unreadCount, 1);
    EXPECT_EQ(c.lastMessagePreview, u"买家已付款"_s);
    EXPECT_EQ(c.lastMessageAtMs, 200);

    append(message(conv, MessageDirection::Buyer, u"迟到的旧消息"_s, 150));  // delivered late
    c = conversation(conv);
    EXPECT_EQ(c.lastMessageAtMs, 200);
    EXPECT_EQ(c.lastMessagePreview, u"买家已付款"_s);
    EXPECT_EQ(c.lastBuyerMessageAtMs, 150);
    EXPECT_EQ(c.unreadCount, 2);
}

TEST_F(MessageRepositoryTest, LateBuyerLineDoesNotReopenAnAnsweredOrClosedConversation) {
    const qint64 conv = addConversation();
    append(message(conv, MessageDirection::Buyer, u"在吗"_s, 100));
    append(message(conv, MessageDirection::Agent, u"在的亲"_s, 200));
    append(message(conv, MessageDirection::Buyer, u"迟到的：这款有货吗"_s, 150));  // sent before the reply
    Conversation c = conversation(conv);
    EXPECT_EQ(c.status, ConversationStatus::InProgress);
    EXPECT_FALSE(c.waitingSinceMs.has_value());
    EXPECT_EQ(c.unreadCount, 1);

    ASSERT_TRUE(ConversationRepository(store.db()).close(conv, 300).ok());
    append(message(conv, MessageDirection::Buyer, u"迟到的：谢谢"_s, 250));  // sent before the close
    c = conversation(conv);
    EXPECT_EQ(c.status, ConversationStatus::Closed);
    EXPECT_EQ(c.closedAtMs, 300);

    append(message(conv, MessageDirection::Buyer, u"我又来了"_s, 400));  // a real new question reopens it
    c = conversation(conv);
    EXPECT_EQ(c.status, ConversationStatus::Waiting);
    EXPECT_EQ(c.waitingSinceMs, 400);
}

TEST_F(MessageRepositoryTest, LateAgentReplyDoesNotAnswerANewerQuestion) {
    const qint64 conv = addConversation();
    append(message(conv, MessageDirection::Buyer, u"什么时候发货"_s, 500));
    append(message(conv, MessageDirection::Agent, u"迟到的旧回复"_s, 400));
    const Conversation c = conversation(conv);
    EXPECT_EQ(c.status, ConversationStatus::Waiting);
    EXPECT_EQ(c.waitingSinceMs, 500);
    EXPECT_EQ(c.lastAgentMessageAtMs, 400);
}

TEST_F(MessageRepositoryTest, SameGatewayIdOnTheSameChannelIsStoredOnce) {
    const qint64 conv = addConversation(Channel::Tmall);
    Message m = message(conv, MessageDirection::Buyer, u"在吗"_s, 100);
    m.gatewayMessageId = u"gw-42"_s;
    const qint64 id = append(m);
    const Conversation before = conversation(conv);

    Message again = m;
    again.body = u"不同的内容"_s;
    again.sentAtMs = 900;
    auto repeat = messages.append(again);
    ASSERT_TRUE(repeat.ok());
    EXPECT_EQ(*repeat, (AppendResult{id, false}));
    EXPECT_EQ(*messages.count(), 1);
    const Conversation after = conversation(conv);  // changes nothing
    EXPECT_EQ(after.unreadCount, before.unreadCount);
    EXPECT_EQ(after.lastMessagePreview, before.lastMessagePreview);
    EXPECT_EQ(after.lastMessageAtMs, before.lastMessageAtMs);
    EXPECT_EQ(messages.find(id)->body, u"在吗"_s);

    // Another conversation on the same channel: still the same gateway message.
    Message elsewhere = m;
    elsewhere.conversationId = addConversation(Channel::Tmall);
    EXPECT_EQ(*messages.append(elsewhere), (AppendResult{id, false}));
    EXPECT_EQ(conversation(elsewhere.conversationId).unreadCount, 0);

    // Gateway ids are unique per channel only.
    Message taobao = m;
    taobao.conversationId = addConversation(Channel::Taobao);
    auto other = messages.append(taobao);
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(other->inserted);
    EXPECT_NE(other->id, id);
    EXPECT_EQ(*messages.count(), 2);
}

TEST_F(MessageRepositoryTest, SameClientIdIsStoredOnce) {
    const qint64 conv = addConversation();
    Message reply = message(conv, MessageDirection::Agent, u"您好"_s, 100);
    reply.clientMessageId = u"c-1"_s;
    reply.status = MessageStatus::Queued;
    const qint64 id = append(reply);

    Message resent = reply;  // the gateway echoes it back with its own id
    resent.gatewayMessageId = u"gw-7"_s;
    resent.status = MessageStatus::Delivered;
    EXPECT_EQ(*messages.append(resent), (AppendResult{id, false}));
    EXPECT_EQ(*messages.count(), 1);
    EXPECT_EQ(messages.find(id)->status, MessageStatus::Queued);

    auto byClient = messages.findByClientId(u"c-1"_s);
    ASSERT_TRUE(byClient.ok());
    ASSERT_TRUE(byClient->has_value());
    EXPECT_EQ((*byClient)->id, id);
    EXPECT_FALSE(messages.findByClientId(u"c-2"_s)->has_value());
    EXPECT_FALSE(messages.findByClientId(QString())->has_value());
}

TEST_F(MessageRepositoryTest, DuplicatesInsideAndAcrossBatches) {
    const qint64 conv = addConversation();
    QList<Message> batch;
    for (int i = 0; i < 5; ++i) {
        Message m = message(conv, MessageDirection::Buyer, u"第%1条"_s.arg(i), 100 + i);
        m.gatewayMessageId = u"gw-%1"_s.arg(i % 3);  // 3 and 4 repeat 0 and 1
        batch.append(m);
    }
    Message byClient = message(conv, MessageDirection::Agent, u"回复"_s, 200);
    byClient.clientMessageId = u"c-9"_s;
    batch.append(byClient);
    batch.append(byClient);

    auto first = messages.appendBatch(batch);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 7);
    for (int i : {0, 1, 2, 5}) {
        EXPECT_TRUE(first->at(i).inserted) << i;
    }
    EXPECT_EQ(first->at(3), (AppendResult{first->at(0).id, false}));
    EXPECT_EQ(first->at(4), (AppendResult{first->at(1).id, false}));
    EXPECT_EQ(first->at(6), (AppendResult{first->at(5).id, false}));
    EXPECT_EQ(*messages.count(), 4);
    EXPECT_EQ(conversation(conv).unreadCount, 0);  // 3 buyer messages, then the agent's reply

    // The whole batch again, plus one new message: only the new one goes in.
    Message fresh = message(conv, MessageDirection::Buyer, u"新消息"_s, 300);
    fresh.gatewayMessageId = u"gw-new"_s;
    batch.append(fresh);
    auto second = messages.appendBatch(batch);
    ASSERT_TRUE(second.ok());
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(second->at(i), (AppendResult{first->at(i).id, false})) << i;
    }
    EXPECT_TRUE(second->at(7).inserted);
    EXPECT_EQ(*messages.count(), 5);
    const Conversation c = conversation(conv);
    EXPECT_EQ(c.unreadCount, 1);
    EXPECT_EQ(c.waitingSinceMs, 300);
    EXPECT_EQ(c.lastMessagePreview, u"新消息"_s);
}

TEST_F(MessageRepositoryTest, BatchIsAllOrNothing) {
    const qint64 conv = addConversation();
    const Conversation before = conversation(conv);
    QList<Message> batch{message(conv, MessageDirection::Buyer, u"一"_s, 100),
                         message(conv, MessageDirection::Buyer, u"二"_s, 200),
                         message(987654, MessageDirection::Buyer, u"没有这个会话"_s, 300),
                         message(conv, MessageDirection::Buyer, u"四"_s, 400)};
    auto result = messages.appendBatch(batch);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(result.error().message.isEmpty());
    EXPECT_EQ(*messages.count(), 0);
    const Conversation after = conversation(conv);
    EXPECT_EQ(after.unreadCount, before.unreadCount);
    EXPECT_EQ(after.status, before.status);
    EXPECT_EQ(after.lastMessageAtMs, before.lastMessageAtMs);

    batch.removeAt(2);  // the same messages are accepted once the bad one is gone
    auto retried = messages.appendBatch(batch);
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(*messages.count(), 3);
    EXPECT_EQ(conversation(conv).unreadCount, 3);
}

TEST_F(MessageRepositoryTest, HistoryPagesBackwardsThroughEveryMessageOnce) {
    const qint64 conv = addConversation();
    const qint64 other = addConversation();
    QList<Message> batch;
    for (int i = 0; i < 123; ++i) {
        batch.append(message(conv, i % 2 ? MessageDirection::Agent : MessageDirection::Buyer, u"m%1"_s.arg(i), i));
        batch.append(message(other, MessageDirection::Buyer, u"o%1"_s.arg(i), i));
    }
    ASSERT_TRUE(messages.appendBatch(batch).ok());

    QList<Message> seen;
    std::optional<qint64> before;
    for (int guard = 0; guard < 10; ++guard) {
        auto page = messages.history(conv, before, 50);
        ASSERT_TRUE(page.ok());
        if (page->isEmpty()) {
            break;
        }
        for (int i = 1; i < page->size(); ++i) {
            EXPECT_LT(page->at(i - 1).id, page->at(i).id);  // oldest first
        }
        seen = *page + seen;
        before = page->first().id;
    }
    ASSERT_EQ(seen.size(), 123);
    for (int i = 0; i < seen.size(); ++i) {
        EXPECT_EQ(seen.at(i).body, u"m%1"_s.arg(i));
        EXPECT_EQ(seen.at(i).conversationId, conv);
    }
    auto newest = messages.history(conv);
    ASSERT_TRUE(newest.ok());
    ASSERT_EQ(newest->size(), 50);
    EXPECT_EQ(newest->last().body, u"m122"_s);
    EXPECT_EQ(newest->first().body, u"m73"_s);
    EXPECT_TRUE(messages.history(424242)->isEmpty());
}

TEST_F(MessageRepositoryTest, NewerThanReadsWhatArrivedSinceAnIdOldestFirst) {
    const qint64 conv = addConversation();
    const qint64 other = addConversation();
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids.append(append(message(conv, MessageDirection::Buyer, u"m%1"_s.arg(i), i)));
        append(message(other, MessageDirection::Buyer, u"o%1"_s.arg(i), i));
    }
    auto newer = messages.newerThan(conv, ids.at(2));
    ASSERT_TRUE(newer.ok());
    ASSERT_EQ(newer->size(), 2);
    EXPECT_EQ(newer->at(0).id, ids.at(3));
    EXPECT_EQ(newer->at(1).body, u"m4"_s);
    EXPECT_EQ(messages.newerThan(conv, 0, 3)->size(), 3);
    EXPECT_TRUE(messages.newerThan(conv, ids.at(4))->isEmpty());
    EXPECT_TRUE(messages.newerThan(conv, 0, 0)->isEmpty());
}

TEST_F(MessageRepositoryTest, HistoryReadsAnIndexRangeWithoutSorting) {
    for (std::optional<qint64> before : {std::optional<qint64>{}, std::optional<qint64>{1000}}) {
        auto plan = messages.explainHistory(1, before, 50);
        ASSERT_TRUE(plan.ok());
        const QString text = plan->join(u'\n');
        EXPECT_TRUE(text.contains(u"USING INDEX message_history"_s) ||
                    text.contains(u"USING COVERING INDEX message_history"_s))
            << text.toStdString();
        EXPECT_FALSE(text.contains(u"TEMP B-TREE"_s)) << text.toStdString();
    }
}

TEST_F(MessageRepositoryTest, SetStatusAndUnknownIds) {
    const qint64 conv = addConversation();
    Message reply = message(conv, MessageDirection::Agent, u"好的"_s, 1);
    reply.status = MessageStatus::Queued;
    const qint64 id = append(reply);
    ASSERT_TRUE(messages.setStatus(id, MessageStatus::Failed).ok());
    EXPECT_EQ(messages.find(id)->status, MessageStatus::Failed);

    EXPECT_EQ(messages.find(id + 100).error().code, ErrorCode::NotFound);
    EXPECT_EQ(messages.setStatus(id + 100, MessageStatus::Sent).error().code, ErrorCode::NotFound);

    QSqlQuery q(store.db().connection());  // deleting the conversation deletes its messages
    ASSERT_TRUE(q.prepare(u"DELETE FROM conversation WHERE id = ?"_s));
    q.bindValue(0, conv);
    ASSERT_TRUE(q.exec());
    EXPECT_EQ(messages.find(id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(messages.append(message(conv, MessageDirection::Buyer, u"x"_s, 2)).error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace kefu
