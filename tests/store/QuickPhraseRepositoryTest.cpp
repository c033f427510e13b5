#include "store/QuickPhraseRepository.h"

#include "store/Database.h"
#include "support/TempStore.h"
#include "unit/QtPrinters.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

QuickPhrase shopPhrase(const QString& group, const QString& body, const QString& code = {}) {
    QuickPhrase p;
    p.groupName = group;
    p.body = body;
    p.shortcutCode = code;
    return p;
}

QuickPhrase personalPhrase(const QString& group, const QString& body, qint64 ownerId) {
    QuickPhrase p = shopPhrase(group, body);
    p.scope = PhraseScope::Personal;
    p.ownerAgentId = ownerId;
    return p;
}

QStringList bodies(const Result<QList<QuickPhrase>>& phrases) {
    QStringList result;
    for (const QuickPhrase& p : phrases.value()) {
        result.append(p.body);
    }
    return result;
}

class QuickPhraseRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_xiaomei = addAgent(u"优衣坊旗舰店:小美"_s);
        m_alan = addAgent(u"优衣坊旗舰店:阿兰"_s);
    }

    // Agents belong to another repository; a plain row is all these tests need.
    qint64 addAgent(const QString& nick) {
        QSqlQuery query(m_store.db().connection());
        query.prepare(u"INSERT INTO agent (nick, display_name, role) VALUES (?, ?, 'presale')"_s);
        query.addBindValue(nick);
        query.addBindValue(nick);
        EXPECT_TRUE(query.exec());
        return query.lastInsertId().toLongLong();
    }

    qint64 add(const QuickPhrase& p) {
        Result<qint64> id = m_repo.add(p);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().detail.toStdString());
        return id.ok() ? *id : 0;
    }

    test::TempStore m_store;
    QuickPhraseRepository m_repo{m_store.db()};
    qint64 m_xiaomei = 0;
    qint64 m_alan = 0;
};

TEST_F(QuickPhraseRepositoryTest, RoundTripsAndAppendsToTheEndOfItsList) {
    QuickPhrase hello = shopPhrase(u"欢迎语"_s, u"亲，欢迎光临{店铺名}~"_s, u"hy"_s);
    hello.sortOrder = 40;  // ignored: add appends
    const qint64 helloId = add(hello);
    add(shopPhrase(u"欢迎语"_s, u"在的亲，请问有什么可以帮您？"_s));
    add(personalPhrase(u"欢迎语"_s, u"小美在呢~"_s, m_xiaomei));

    const Result<QList<QuickPhrase>> phrases = m_repo.listVisibleTo(m_xiaomei);
    ASSERT_TRUE(phrases.ok());
    ASSERT_EQ(phrases->size(), 3);
    const QuickPhrase& first = phrases->at(0);
    EXPECT_EQ(first.id, helloId);
    EXPECT_EQ(first.groupName, u"欢迎语"_s);
    EXPECT_EQ(first.scope, PhraseScope::Shop);
    EXPECT_FALSE(first.ownerAgentId.has_value());
    EXPECT_EQ(first.shortcutCode, u"hy"_s);
    EXPECT_EQ(first.body, hello.body);
    EXPECT_EQ(first.useCount, 0);
    EXPECT_EQ(first.sortOrder, 0);
    EXPECT_EQ(phrases->at(1).sortOrder, 1);
    EXPECT_EQ(phrases->at(2).scope, PhraseScope::Personal);
    EXPECT_EQ(phrases->at(2).ownerAgentId, m_xiaomei);
    EXPECT_EQ(phrases->at(2).sortOrder, 0);  // first of the agent's own list
    EXPECT_EQ(*m_repo.count(), 3);
}

TEST_F(QuickPhraseRepositoryTest, AgentsSeeShopPhrasesAndOnlyTheirOwn) {
    add(shopPhrase(u"物流"_s, u"默认发中通快递哦"_s));
    add(personalPhrase(u"欢迎语"_s, u"小美在呢~"_s, m_xiaomei));
    add(shopPhrase(u"欢迎语"_s, u"欢迎光临"_s));
    add(personalPhrase(u"物流"_s, u"阿兰帮您催一下快递"_s, m_alan));
    add(shopPhrase(u"物流"_s, u"48小时内发货"_s));

    // Groups in the order first used, shop phrases before the agent's own.
    EXPECT_EQ(bodies(m_repo.listVisibleTo(m_xiaomei)),
              (QStringList{u"默认发中通快递哦"_s, u"48小时内发货"_s, u"欢迎光临"_s, u"小美在呢~"_s}));
    EXPECT_EQ(bodies(m_repo.listVisibleTo(m_alan)),
              (QStringList{u"默认发中通快递哦"_s, u"48小时内发货"_s, u"阿兰帮您催一下快递"_s, u"欢迎光临"_s}));
    EXPECT_EQ(*m_repo.groups(), (QStringList{u"物流"_s, u"欢迎语"_s}));
}

TEST_F(QuickPhraseRepositoryTest, MoveRenumbersOnlyItsOwnList) {
    const qint64 a = add(shopPhrase(u"售后"_s, u"A"_s));
    const qint64 b = add(shopPhrase(u"售后"_s, u"B"_s));
    add(shopPhrase(u"售后"_s, u"C"_s));
    add(personalPhrase(u"售后"_s, u"mine"_s, m_xiaomei));
    add(shopPhrase(u"物流"_s, u"X"_s));

    ASSERT_TRUE(m_repo.move(a, 2).ok());
    EXPECT_EQ(bodies(m_repo.listVisibleTo(m_xiaomei)), (QStringList{u"B"_s, u"C"_s, u"A"_s, u"mine"_s, u"X"_s}));
    ASSERT_TRUE(m_repo.move(a, 0).ok());
    ASSERT_TRUE(m_repo.move(b, 99).ok());  // clamped to the end
    const Result<QList<QuickPhrase>> phrases = m_repo.listVisibleTo(m_xiaomei);
    EXPECT_EQ(bodies(phrases), (QStringList{u"A"_s, u"C"_s, u"B"_s, u"mine"_s, u"X"_s}));
    QList<int> orders;
    for (const QuickPhrase& p : *phrases) {
        orders.append(p.sortOrder);
    }
    EXPECT_EQ(orders, (QList<int>{0, 1, 2, 0, 0}));  // renumbered 0..n-1, other lists untouched
    EXPECT_EQ(m_repo.move(12345, 0).error().code, ErrorCode::NotFound);
}

TEST_F(QuickPhraseRepositoryTest, UpdateEditsInPlaceOrAppendsToANewGroup) {
    const qint64 a = add(shopPhrase(u"售前"_s, u"A"_s));
    add(shopPhrase(u"售前"_s, u"B"_s));
    add(shopPhrase(u"催付"_s, u"C"_s));

    QuickPhrase edited = shopPhrase(u"售前"_s, u"A2"_s, u"a2"_s);
    edited.id = a;
    ASSERT_TRUE(m_repo.update(edited).ok());
    EXPECT_EQ(bodies(m_repo.listVisibleTo(m_alan)), (QStringList{u"A2"_s, u"B"_s, u"C"_s}));
    EXPECT_EQ(m_repo.listVisibleTo(m_alan)->at(0).shortcutCode, u"a2"_s);

    edited.groupName = u"催付"_s;
    ASSERT_TRUE(m_repo.update(edited).ok());
    // 催付 now lists first (its oldest phrase is A), and A follows C there.
    const Result<QList<QuickPhrase>> phrases = m_repo.listVisibleTo(m_alan);
    EXPECT_EQ(bodies(phrases), (QStringList{u"C"_s, u"A2"_s, u"B"_s}));
    EXPECT_EQ(phrases->at(1).groupName, u"催付"_s);
    EXPECT_EQ(phrases->at(1).sortOrder, 1);

    edited.id = 999;
    EXPECT_EQ(m_repo.update(edited).error().code, ErrorCode::NotFound);
}

TEST_F(QuickPhraseRepositoryTest, RecordUseAndRemove) {
    const qint64 id = add(shopPhrase(u"结束语"_s, u"感谢光临~"_s));
    ASSERT_TRUE(m_repo.recordUse(id).ok());
    ASSERT_TRUE(m_repo.recordUse(id).ok());
    EXPECT_EQ(m_repo.listVisibleTo(m_xiaomei)->at(0).useCount, 2);
    ASSERT_TRUE(m_repo.remove(id).ok());
    EXPECT_EQ(*m_repo.count(), 0);
    EXPECT_EQ(m_repo.remove(id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_repo.recordUse(id).error().code, ErrorCode::NotFound);
}

TEST_F(QuickPhraseRepositoryTest, PersonalPhraseWithoutOwnerIsAConstraint) {
    QuickPhrase orphan = shopPhrase(u"售前"_s, u"我的话术"_s);
    orphan.scope = PhraseScope::Personal;
    EXPECT_EQ(m_repo.add(orphan).error().code, ErrorCode::Constraint);
    QuickPhrase ownedShop = shopPhrase(u"售前"_s, u"店铺话术"_s);
    ownedShop.ownerAgentId = m_xiaomei;
    EXPECT_EQ(m_repo.add(ownedShop).error().code, ErrorCode::Constraint);
    EXPECT_EQ(m_repo.add(personalPhrase(u"售前"_s, u"x"_s, 999)).error().code, ErrorCode::Constraint);
    EXPECT_EQ(m_repo.add(shopPhrase(u"售前"_s, u"  "_s)).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(*m_repo.count(), 0);
}

TEST_F(QuickPhraseRepositoryTest, ImportIsAllOrNothing) {
    QuickPhrase bad = shopPhrase(u"售后"_s, u"坏的"_s);
    bad.scope = PhraseScope::Personal;
    const Status failed = m_repo.importPhrases({shopPhrase(u"售后"_s, u"一"_s), bad, shopPhrase(u"售后"_s, u"三"_s)});
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::Constraint);
    EXPECT_EQ(*m_repo.count(), 0);

    ASSERT_TRUE(m_repo
                    .importPhrases({shopPhrase(u"售后"_s, u"一"_s), shopPhrase(u"售后"_s, u"二"_s),
                                    personalPhrase(u"售后"_s, u"私"_s, m_alan)})
                    .ok());
    EXPECT_EQ(bodies(m_repo.listVisibleTo(m_alan)), (QStringList{u"一"_s, u"二"_s, u"私"_s}));
    EXPECT_EQ(m_repo.listVisibleTo(m_alan)->at(1).sortOrder, 1);
}

}  // namespace
}  // namespace kefu
