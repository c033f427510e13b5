#include "support/TempStore.h"

#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

class MessageSearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_first = addConversation(u"买家甲"_s);
        m_second = addConversation(u"买家乙"_s);
        // Ids grow with the order here, and search returns the newest (highest id) first.
        add(m_first, u"请问什么时候发货？"_s);                         // 0
        add(m_first, u"这件衣服洗了会掉色吗"_s);                       // 1
        add(m_second, u"身高170体重60，穿什么尺码合适"_s);             // 2
        add(m_second, u"已经发货了，单号 SF1234567890"_s);             // 3
        add(m_first, u"尺码偏小吗？"_s);                               // 4
        add(m_second, u"发货.jpg"_s, MessageKind::Image);              // 5: not text, not indexed
        add(m_first, u"您的订单已发货"_s, MessageKind::SystemNotice);  // 6
        add(m_second, u"iPhone 15 手机壳掉色"_s);                      // 7
    }
    qint64 addConversation(const QString& nick) {
        QSqlQuery q(store.db().connection());
        EXPECT_TRUE(q.prepare(u"INSERT INTO customer (buyer_nick, created_at_ms) VALUES (?, 1)"_s));
        q.bindValue(0, nick);
        EXPECT_TRUE(q.exec());
        Conversation c;
        c.customerId = q.lastInsertId().toLongLong();
        c.openedAtMs = 1;
        return *conversations.create(c);
    }
    void add(qint64 conversationId, const QString& body, MessageKind kind = MessageKind::Text) {
        Message m;
        m.conversationId = conversationId;
        m.kind = kind;
        m.body = body;
        m.sentAtMs = 1000 + m_ids.size();
        auto r = messages.append(m);
        ASSERT_TRUE(r.ok());
        m_ids.append(r->id);
    }
    // The ids found, as positions in the order SetUp added them.
    QList<int> search(const QString& query, int limit = 20, std::optional<qint64> conversationId = {}) {
        auto found = messages.search(query, limit, conversationId);
        EXPECT_TRUE(found.ok());
        QList<int> positions;
        for (const Message& m : found.ok() ? *found : QList<Message>{}) {
            positions.append(static_cast<int>(m_ids.indexOf(m.id)));
        }
        return positions;
    }

    test::TempStore store;
    ConversationRepository conversations{store.db()};
    MessageRepository messages{store.db()};
    qint64 m_first = 0;
    qint64 m_second = 0;
    QList<qint64> m_ids;
};

TEST_F(MessageSearchTest, FindsTwoCharacterChineseWordsNewestFirst) {
    EXPECT_EQ(search(u"发货"_s), (QList<int>{6, 3, 0}));
    EXPECT_EQ(search(u"掉色"_s), (QList<int>{7, 1}));
    EXPECT_EQ(search(u"尺码"_s), (QList<int>{4, 2}));
}

TEST_F(MessageSearchTest, ReturnsWholeMessages) {
    auto found = messages.search(u"掉色"_s, 1);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().body, u"iPhone 15 手机壳掉色"_s);
    EXPECT_EQ(found->first().conversationId, m_second);
}

TEST_F(MessageSearchTest, RespectsConversationAndLimit) {
    EXPECT_EQ(search(u"发货"_s, 20, m_first), (QList<int>{6, 0}));
    EXPECT_EQ(search(u"发货"_s, 20, m_second), (QList<int>{3}));
    EXPECT_EQ(search(u"发货"_s, 2), (QList<int>{6, 3}));
    EXPECT_TRUE(search(u"发货"_s, 20, 424242).isEmpty());
}

TEST_F(MessageSearchTest, AllTermsMustMatchAndLatinMatchesPrefixes) {
    EXPECT_EQ(search(u"掉色 iph"_s), (QList<int>{7}));
    EXPECT_EQ(search(u"sf1234567890"_s), (QList<int>{3}));
    EXPECT_EQ(search(u"发货 尺码"_s), QList<int>{});
}

TEST_F(MessageSearchTest, NothingSearchableFindsNothing) {
    EXPECT_TRUE(search(u""_s).isEmpty());
    EXPECT_TRUE(search(u"   "_s).isEmpty());
    EXPECT_TRUE(search(u"退款"_s).isEmpty());
    EXPECT_TRUE(search(u"\"发货 OR *"_s).size() <= 3);  // quoted by FtsText: no syntax error, no injection
}

TEST_F(MessageSearchTest, DuplicatesAndFailedBatchesAreNotIndexed) {
    Message m;
    m.conversationId = m_first;
    m.body = u"退款什么时候到账"_s;
    m.gatewayMessageId = u"gw-refund"_s;
    ASSERT_TRUE(messages.append(m).ok());
    ASSERT_TRUE(messages.append(m).ok());  // repeated delivery
    EXPECT_EQ(search(u"退款"_s).size(), 1);

    Message lost = m;
    lost.gatewayMessageId = u"gw-lost"_s;
    lost.body = u"换货流程"_s;
    Message orphan = lost;
    orphan.conversationId = 424242;
    orphan.gatewayMessageId = u"gw-orphan"_s;
    EXPECT_FALSE(messages.appendBatch({lost, orphan}).ok());
    EXPECT_TRUE(search(u"换货"_s).isEmpty());
}

TEST_F(MessageSearchTest, MessagesOfDeletedConversationsAreNotFound) {
    QSqlQuery q(store.db().connection());
    ASSERT_TRUE(q.prepare(u"DELETE FROM conversation WHERE id = ?"_s));
    q.bindValue(0, m_second);
    ASSERT_TRUE(q.exec());
    EXPECT_EQ(search(u"发货"_s), (QList<int>{6, 0}));
}

}  // namespace
}  // namespace kefu

namespace kefu {
namespace {

// Appends leave indexing to indexPending (the channel worker) or to search itself.
TEST_F(MessageSearchTest, IndexPendingGoesPastEveryStoredMessageOnce) {
    auto first = messages.indexPending(3);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(*first, 3);
    auto rest = messages.indexPending();
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(*rest, 5);  // the image is gone past too, without an index entry
    EXPECT_EQ(*messages.indexPending(), 0);
    EXPECT_EQ(search(u"发货"_s), (QList<int>{6, 3, 0}));
}

TEST_F(MessageSearchTest, SearchFindsMessagesStoredAfterAnEarlierSearch) {
    EXPECT_EQ(search(u"退款"_s), QList<int>{});
    add(m_first, u"我要申请退款"_s);  // 8
    EXPECT_EQ(search(u"退款"_s), QList<int>{8});
    EXPECT_EQ(*messages.indexPending(), 0);  // search already caught up
}

}  // namespace
}  // namespace kefu
