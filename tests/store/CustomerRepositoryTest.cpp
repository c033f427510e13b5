#include "support/TempStore.h"

#include "store/CustomerRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

Customer fullCustomer() {
    Customer c;
    c.buyerNick = u"tb123456789"_s;
    c.level = CustomerLevel::Vip;
    c.tags = {CustomerTag{u"VIP回购"_s, u"#e5484d"_s}, CustomerTag{u"大码"_s, u"#3e63dd"_s},
              CustomerTag{u"爱砍价"_s, u"#f76b15"_s}};
    c.note = u"只穿M码，不要发中通"_s;
    c.birthday = QDate(1990, 5, 20);
    c.phone = u"13812341234"_s;
    c.address = u"浙江省杭州市西湖区文三路 1 号"_s;
    c.createdAtMs = 1'700'000'000'123;
    return c;
}

Customer minimalCustomer(const QString& nick) {
    Customer c;
    c.buyerNick = nick;
    c.createdAtMs = 1'700'000'100'000;
    return c;
}

void expectSame(const Customer& actual, const Customer& expected) {
    EXPECT_EQ(actual.buyerNick, expected.buyerNick);
    EXPECT_EQ(actual.level, expected.level);
    EXPECT_EQ(actual.tags, expected.tags);
    EXPECT_EQ(actual.note, expected.note);
    EXPECT_EQ(actual.birthday, expected.birthday);
    EXPECT_EQ(actual.phone, expected.phone);
    EXPECT_EQ(actual.address, expected.address);
    EXPECT_EQ(actual.createdAtMs, expected.createdAtMs);
}

class CustomerRepositoryTest : public ::testing::Test {
protected:
    qint64 add(const Customer& c) {
        Result<qint64> id = m_customers.add(c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().detail.toStdString());
        return id.ok() ? *id : 0;
    }

    test::TempStore m_store;
    CustomerRepository m_customers{m_store.db()};
};

TEST_F(CustomerRepositoryTest, EveryFieldRoundTrips) {
    const Customer full = fullCustomer();
    const qint64 id = add(full);
    Result<Customer> byId = m_customers.find(id);
    ASSERT_TRUE(byId.ok());
    EXPECT_EQ(byId->id, id);
    expectSame(*byId, full);
    Result<Customer> byNick = m_customers.findByNick(full.buyerNick);
    ASSERT_TRUE(byNick.ok());
    EXPECT_EQ(byNick->id, id);
    expectSame(*byNick, full);
}

TEST_F(CustomerRepositoryTest, EmptyOptionalFieldsRoundTrip) {
    const Customer minimal = minimalCustomer(u"爱吃火锅的猫"_s);
    const qint64 id = add(minimal);
    Result<Customer> found = m_customers.find(id);
    ASSERT_TRUE(found.ok());
    expectSame(*found, minimal);
    EXPECT_FALSE(found->birthday.has_value());
    EXPECT_TRUE(found->tags.isEmpty());
    EXPECT_EQ(found->level, CustomerLevel::New);
}

TEST_F(CustomerRepositoryTest, DuplicateNickIsConstraintAndAddsNothing) {
    add(fullCustomer());
    Customer again = minimalCustomer(u"tb123456789"_s);
    again.tags = {CustomerTag{u"新标签"_s, u"#000000"_s}};
    Result<qint64> id = m_customers.add(again);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, ErrorCode::Constraint);
    EXPECT_TRUE(id.error().message.contains(u"重复"_s));
    EXPECT_EQ(*m_customers.count(), 1);
}

TEST_F(CustomerRepositoryTest, RepeatedTagRollsBackTheWholeAdd) {
    Customer c = minimalCustomer(u"tb1"_s);
    c.tags = {CustomerTag{u"大码"_s, u"#111111"_s}, CustomerTag{u"大码"_s, u"#222222"_s}};
    Result<qint64> id = m_customers.add(c);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, ErrorCode::Constraint);
    EXPECT_EQ(*m_customers.count(), 0);
    EXPECT_EQ(m_customers.findByNick(u"tb1"_s).error().code, ErrorCode::NotFound);
}

TEST_F(CustomerRepositoryTest, SetTagsReplacesAndKeepsOrder) {
    const qint64 id = add(fullCustomer());
    const QList<CustomerTag> tags = {CustomerTag{u"爱砍价"_s, u"#f76b15"_s}, CustomerTag{u"学生"_s, u"#30a46c"_s}};
    ASSERT_TRUE(m_customers.setTags(id, tags).ok());
    EXPECT_EQ(m_customers.find(id)->tags, tags);
    ASSERT_TRUE(m_customers.setTags(id, {}).ok());
    EXPECT_TRUE(m_customers.find(id)->tags.isEmpty());
}

TEST_F(CustomerRepositoryTest, FailedSetTagsKeepsTheOldTags) {
    const Customer full = fullCustomer();
    const qint64 id = add(full);
    const Status status = m_customers.setTags(id, {CustomerTag{u"学生"_s, u"#1"_s}, CustomerTag{u"学生"_s, u"#2"_s}});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Constraint);
    EXPECT_EQ(m_customers.find(id)->tags, full.tags);
}

TEST_F(CustomerRepositoryTest, UpdatesNoteAndLevel) {
    const qint64 id = add(minimalCustomer(u"tb1"_s));
    ASSERT_TRUE(m_customers.updateNote(id, u"要开发票"_s).ok());
    ASSERT_TRUE(m_customers.setLevel(id, CustomerLevel::Returning).ok());
    Result<Customer> found = m_customers.find(id);
    EXPECT_EQ(found->note, u"要开发票"_s);
    EXPECT_EQ(found->level, CustomerLevel::Returning);
    ASSERT_TRUE(m_customers.updateNote(id, QString()).ok());
    EXPECT_TRUE(m_customers.find(id)->note.isEmpty());
}

TEST_F(CustomerRepositoryTest, MissingCustomerIsNotFound) {
    EXPECT_EQ(m_customers.find(7).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_customers.findByNick(u"谁"_s).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_customers.updateNote(7, u"x"_s).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_customers.setLevel(7, CustomerLevel::Vip).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_customers.setTags(7, {CustomerTag{u"a"_s, u"#0"_s}}).error().code, ErrorCode::NotFound);
}

TEST_F(CustomerRepositoryTest, NickPrefixIsLiteralOrderedAndLimited) {
    for (const QString& nick : {u"tb100"_s, u"tb200"_s, u"tb101"_s, u"t_8812"_s, u"tbx"_s, u"TB300"_s, u"爱吃鱼"_s,
                                u"爱吃火锅的猫"_s, u"t%b"_s}) {
        add(minimalCustomer(nick));
    }
    const auto nicks = [this](const QString& prefix, int limit) {
        QStringList result;
        Result<QList<Customer>> found = m_customers.findByNickPrefix(prefix, limit);
        EXPECT_TRUE(found.ok());
        for (const Customer& c : *found) {
            result << c.buyerNick;
        }
        return result;
    };
    EXPECT_EQ(nicks(u"tb1"_s, 10), (QStringList{u"tb100"_s, u"tb101"_s}));
    EXPECT_EQ(nicks(u"tb"_s, 3), (QStringList{u"tb100"_s, u"tb101"_s, u"tb200"_s}));
    EXPECT_EQ(nicks(u"爱吃"_s, 10), (QStringList{u"爱吃火锅的猫"_s, u"爱吃鱼"_s}));
    EXPECT_EQ(nicks(u"t_"_s, 10), (QStringList{u"t_8812"_s}));  // '_' is not a wildcard
    EXPECT_EQ(nicks(u"t%"_s, 10), (QStringList{u"t%b"_s}));     // nor is '%'
    EXPECT_TRUE(nicks(u"zz"_s, 10).isEmpty());
    EXPECT_TRUE(nicks(u"tb"_s, 0).isEmpty());
    EXPECT_EQ(nicks(QString(), 100).size(), 9);
}

TEST_F(CustomerRepositoryTest, PrefixSearchCarriesTags) {
    add(fullCustomer());
    Result<QList<Customer>> found = m_customers.findByNickPrefix(u"tb"_s, 5);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().tags, fullCustomer().tags);
}

TEST_F(CustomerRepositoryTest, CountsCustomers) {
    EXPECT_EQ(*m_customers.count(), 0);
    add(minimalCustomer(u"a"_s));
    add(minimalCustomer(u"b"_s));
    EXPECT_EQ(*m_customers.count(), 2);
}

TEST_F(CustomerRepositoryTest, PrefixSearchUsesTheNickIndex) {
    QSqlQuery query(m_store.db().connection());
    ASSERT_TRUE(
        query.exec(u"EXPLAIN QUERY PLAN SELECT id FROM customer WHERE buyer_nick >= 'a' AND buyer_nick < 'b'"_s));
    QString plan;
    while (query.next()) {
        plan += query.value(3).toString();
    }
    EXPECT_TRUE(plan.contains(u"USING"_s) && plan.contains(u"INDEX"_s)) << plan.toStdString();
}

}  // namespace
}  // namespace kefu
