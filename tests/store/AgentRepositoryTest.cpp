#include "support/TempStore.h"

#include "store/AgentRepository.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

Agent agent(const QString& nick, AgentRole role, AgentStatus status) {
    return Agent{0, nick, nick.section(u':', 1), role, status};
}

void expectSame(const Agent& actual, const Agent& expected) {
    EXPECT_EQ(actual.nick, expected.nick);
    EXPECT_EQ(actual.displayName, expected.displayName);
    EXPECT_EQ(actual.role, expected.role);
    EXPECT_EQ(actual.status, expected.status);
}

TEST(AgentRepositoryTest, AddFindAndListRoundTripEveryRoleAndStatus) {
    test::TempStore store;
    AgentRepository agents(store.db());
    const QList<Agent> added = {
        agent(u"优衣坊旗舰店:小美"_s, AgentRole::PreSale, AgentStatus::Online),
        agent(u"优衣坊旗舰店:阿强"_s, AgentRole::AfterSale, AgentStatus::Away),
        agent(u"优衣坊旗舰店:王姐"_s, AgentRole::Supervisor, AgentStatus::Offline),
        agent(u"优衣坊旗舰店:admin"_s, AgentRole::Admin, AgentStatus::Online),
    };
    QList<qint64> ids;
    for (const Agent& a : added) {
        Result<qint64> id = agents.add(a);
        ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
        EXPECT_GT(*id, 0);
        ids.append(*id);
    }
    for (qsizetype i = 0; i < added.size(); ++i) {
        Result<Agent> byId = agents.find(ids.at(i));
        ASSERT_TRUE(byId.ok());
        EXPECT_EQ(byId->id, ids.at(i));
        expectSame(*byId, added.at(i));
        Result<Agent> byNick = agents.findByNick(added.at(i).nick);
        ASSERT_TRUE(byNick.ok());
        EXPECT_EQ(byNick->id, ids.at(i));
    }
    Result<QList<Agent>> list = agents.list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), added.size());
    for (qsizetype i = 0; i < added.size(); ++i) {
        EXPECT_EQ(list->at(i).id, ids.at(i));
        expectSame(list->at(i), added.at(i));
    }
}

TEST(AgentRepositoryTest, EmptyDisplayNameRoundTrips) {
    test::TempStore store;
    AgentRepository agents(store.db());
    Result<qint64> id = agents.add(Agent{0, u"店:无名"_s, QString(), AgentRole::PreSale, AgentStatus::Offline});
    ASSERT_TRUE(id.ok());
    Result<Agent> found = agents.find(*id);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->displayName.isEmpty());
}

TEST(AgentRepositoryTest, DuplicateNickIsConstraint) {
    test::TempStore store;
    AgentRepository agents(store.db());
    ASSERT_TRUE(agents.add(agent(u"店:小美"_s, AgentRole::PreSale, AgentStatus::Online)).ok());
    Result<qint64> again = agents.add(agent(u"店:小美"_s, AgentRole::Admin, AgentStatus::Offline));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Constraint);
    EXPECT_TRUE(again.error().message.contains(u"重复"_s));
    EXPECT_EQ(agents.list()->size(), 1);
}

TEST(AgentRepositoryTest, SetStatusChangesOnlyThatAgent) {
    test::TempStore store;
    AgentRepository agents(store.db());
    const qint64 a = *agents.add(agent(u"店:一"_s, AgentRole::PreSale, AgentStatus::Online));
    const qint64 b = *agents.add(agent(u"店:二"_s, AgentRole::PreSale, AgentStatus::Online));
    ASSERT_TRUE(agents.setStatus(a, AgentStatus::Away).ok());
    EXPECT_EQ(agents.find(a)->status, AgentStatus::Away);
    EXPECT_EQ(agents.find(b)->status, AgentStatus::Online);
    ASSERT_TRUE(agents.setStatus(a, AgentStatus::Offline).ok());
    EXPECT_EQ(agents.find(a)->status, AgentStatus::Offline);
}

TEST(AgentRepositoryTest, MissingAgentIsNotFound) {
    test::TempStore store;
    AgentRepository agents(store.db());
    EXPECT_EQ(agents.find(99).error().code, ErrorCode::NotFound);
    EXPECT_EQ(agents.findByNick(u"店:谁"_s).error().code, ErrorCode::NotFound);
    EXPECT_EQ(agents.setStatus(99, AgentStatus::Online).error().code, ErrorCode::NotFound);
    Result<QList<Agent>> list = agents.list();
    ASSERT_TRUE(list.ok());
    EXPECT_TRUE(list->isEmpty());
}

}  // namespace
}  // namespace kefu
