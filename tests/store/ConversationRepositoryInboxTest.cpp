// The inbox's additions to ConversationRepository: rows by id, each buyer's latest conversation, counts per view.
#include "support/IsOk.h"
#include "support/TempStore.h"

#include "store/ConversationRepository.h"
#include "store/Database.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;
using test::isOk;

class ConversationRepositoryInboxTest : public ::testing::Test {
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
    qint64 addCustomer(const QString& nick) {
        return insertRow(u"INSERT INTO customer (buyer_nick, level, created_at_ms) VALUES (?, 'new', 1)"_s, {nick});
    }
    qint64 addAgent(const QString& nick) {
        return insertRow(u"INSERT INTO agent (nick, display_name, role) VALUES (?, ?, 'presale')"_s, {nick, nick});
    }
    qint64 add(qint64 customerId, ConversationStatus status, qint64 lastMessageAtMs,
               std::optional<qint64> agentId = {}) {
        Conversation c;
        c.customerId = customerId;
        c.status = status;
        c.openedAtMs = 100;
        c.lastMessageAtMs = lastMessageAtMs;
        c.assignedAgentId = agentId;
        auto id = repo.create(c);
        EXPECT_TRUE(isOk(id));
        return id.ok() ? *id : 0;
    }
    static QList<qint64> idsOf(const QList<InboxRow>& rows) {
        QList<qint64> ids;
        for (const InboxRow& row : rows) {
            ids.append(row.conversation.id);
        }
        return ids;
    }

    test::TempStore store;
    ConversationRepository repo{store.db()};
};

TEST_F(ConversationRepositoryInboxTest, RowsKeepTheOrderAskedForAndSkipUnknownIds) {
    const qint64 buyer = addCustomer(u"小林"_s);
    const qint64 a = add(buyer, ConversationStatus::Waiting, 10);
    const qint64 b = add(buyer, ConversationStatus::Closed, 20);
    const qint64 c = add(buyer, ConversationStatus::InProgress, 30);

    auto rows = repo.rows({c, 999999, a, b});
    ASSERT_TRUE(isOk(rows));
    EXPECT_EQ(idsOf(*rows), (QList<qint64>{c, a, b}));
    EXPECT_EQ(rows->first().buyerNick, u"小林"_s);

    auto none = repo.rows({});
    ASSERT_TRUE(isOk(none));
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(ConversationRepositoryInboxTest, LatestPerBuyerGivesEachMatchingBuyerOnceWithTheirLatestConversation) {
    const qint64 orange = addCustomer(u"爱吃橘子的猫"_s);
    const qint64 cat = addCustomer(u"猫咪小铺"_s);
    const qint64 dog = addCustomer(u"小狗汪汪"_s);
    add(orange, ConversationStatus::Closed, 100);
    const qint64 orangeLatest = add(orange, ConversationStatus::Waiting, 500);
    add(orange, ConversationStatus::Closed, 300);
    const qint64 catLatest = add(cat, ConversationStatus::Closed, 400);
    add(dog, ConversationStatus::Waiting, 900);

    auto found = repo.latestPerBuyer(u"猫"_s);
    ASSERT_TRUE(isOk(found));
    // 猫咪小铺 starts with the text, so it leads although its conversation is older.
    EXPECT_EQ(idsOf(*found), (QList<qint64>{catLatest, orangeLatest}));

    auto limited = repo.latestPerBuyer(u"猫"_s, 1);
    ASSERT_TRUE(isOk(limited));
    EXPECT_EQ(idsOf(*limited), (QList<qint64>{catLatest}));

    auto literal = repo.latestPerBuyer(u"%"_s);  // LIKE wildcards match only themselves
    ASSERT_TRUE(isOk(literal));
    EXPECT_TRUE(literal->isEmpty());
    auto blank = repo.latestPerBuyer(u"  "_s);
    ASSERT_TRUE(isOk(blank));
    EXPECT_TRUE(blank->isEmpty());
}

TEST_F(ConversationRepositoryInboxTest, CountsEachView) {
    const qint64 buyer = addCustomer(u"小林"_s);
    const qint64 me = addAgent(u"木棉:小美"_s);
    const qint64 other = addAgent(u"木棉:阿杰"_s);
    add(buyer, ConversationStatus::Waiting, 1, me);
    add(buyer, ConversationStatus::Waiting, 2);
    add(buyer, ConversationStatus::InProgress, 3, me);
    add(buyer, ConversationStatus::InProgress, 4, other);
    add(buyer, ConversationStatus::Closed, 5, me);

    auto count = [&](InboxView view, std::optional<qint64> agent = {}) {
        auto n = repo.countInView(view, agent);
        EXPECT_TRUE(isOk(n));
        return n.ok() ? *n : -1;
    };
    EXPECT_EQ(count(InboxView::Waiting), 2);
    EXPECT_EQ(count(InboxView::Mine, me), 2);  // its closed one is not in 我的
    EXPECT_EQ(count(InboxView::Mine, other), 1);
    EXPECT_EQ(count(InboxView::All), 4);
    EXPECT_EQ(count(InboxView::Closed), 1);
    EXPECT_FALSE(repo.countInView(InboxView::Mine).ok());  // 我的 without a signed-in agent
}

}  // namespace
}  // namespace kefu
