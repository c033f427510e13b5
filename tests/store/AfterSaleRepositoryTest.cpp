#include "support/IsOk.h"
#include "support/TempStore.h"

#include "store/AfterSaleRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

using test::isOk;

// Agents have no repository yet; a prepared INSERT stands in for one.
qint64 insertRow(Database& db, const QString& sql, const QString& value) {
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.bindValue(0, value);
    if (!query.exec()) {
        ADD_FAILURE() << query.lastError().text().toStdString();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

int rowCount(Database& db, const QString& table) {
    QSqlQuery query(db.connection());
    query.exec(u"SELECT COUNT(*) FROM "_s + table);
    return query.next() ? query.value(0).toInt() : -1;
}

constexpr qint64 kPaymentFen = 25990;

class AfterSaleRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        Customer buyer;
        buyer.buyerNick = u"tb_退货的人"_s;
        auto customer = CustomerRepository(m_store.db()).add(buyer);
        ASSERT_TRUE(isOk(customer));
        m_customer = *customer;
        m_agent =
            insertRow(m_store.db(), u"INSERT INTO agent (nick, display_name, role) VALUES (?, '阿七', 'aftersale')"_s,
                      u"店:阿七"_s);
        Order o;
        o.tid = m_tid;
        o.customerId = m_customer;
        o.status = TradeStatus::WaitBuyerConfirmGoods;
        o.items.append(OrderItem{u"3900000000000000001"_s, std::nullopt, std::nullopt, u"连衣裙"_s, u"M"_s, 1,
                                 Money::fromFen(kPaymentFen), Money::fromFen(kPaymentFen)});
        o.payment = Money::fromFen(kPaymentFen);
        o.createdAtMs = 1;
        ASSERT_TRUE(isOk(m_orders.add(o)));
    }

    AfterSaleCase makeCase(const QString& refundId, AfterSaleType type = AfterSaleType::ReturnAndRefund,
                           RefundStatus status = RefundStatus::WaitSellerAgree, qint64 createdAtMs = 1000) const {
        AfterSaleCase c;
        c.refundId = refundId;
        c.tid = m_tid;
        c.oid = u"3900000000000000001"_s;
        c.customerId = m_customer;
        c.type = type;
        c.reason = u"尺码不合适"_s;
        c.amount = Money::fromFen(12345);
        c.status = status;
        c.createdAtMs = createdAtMs;
        return c;
    }

    test::TempStore m_store;
    OrderRepository m_orders{m_store.db()};
    AfterSaleRepository m_repo{m_store.db()};
    QString m_tid = u"3900000000000000000"_s;
    qint64 m_customer = 0;
    qint64 m_agent = 0;
};

TEST_F(AfterSaleRepositoryTest, CreateRoundTripsWithCreationEvent) {
    AfterSaleCase c = makeCase(u"9123456789012345678"_s);
    c.handlerAgentId = m_agent;
    c.returnCompany = u"中通快递"_s;
    c.returnTrackingNumber = u"ZT0001"_s;
    c.warehouseNote = u"吊牌要在"_s;
    c.modifiedAtMs = 2000;
    auto id = m_repo.create(c, u"tb_退货的人"_s);
    ASSERT_TRUE(isOk(id)) << id.error().detail.toStdString();

    auto found = m_repo.find(*id);
    ASSERT_TRUE(isOk(found));
    EXPECT_EQ(found->id, *id);
    EXPECT_EQ(found->refundId, u"9123456789012345678"_s);
    EXPECT_EQ(found->tid, m_tid);
    EXPECT_EQ(found->oid, c.oid);
    EXPECT_EQ(found->customerId, m_customer);
    EXPECT_EQ(found->type, AfterSaleType::ReturnAndRefund);
    EXPECT_EQ(found->reason, c.reason);
    EXPECT_EQ(found->amount, Money::fromFen(12345));
    EXPECT_EQ(found->status, RefundStatus::WaitSellerAgree);
    EXPECT_EQ(found->handlerAgentId, std::optional<qint64>(m_agent));
    EXPECT_EQ(found->returnCompany, c.returnCompany);
    EXPECT_EQ(found->returnTrackingNumber, c.returnTrackingNumber);
    EXPECT_EQ(found->warehouseNote, c.warehouseNote);
    EXPECT_EQ(found->createdAtMs, 1000);
    EXPECT_EQ(found->modifiedAtMs, 2000);
    ASSERT_EQ(found->timeline.size(), 1);
    EXPECT_EQ(found->timeline[0],
              (AfterSaleEvent{1000, std::nullopt, RefundStatus::WaitSellerAgree, u"tb_退货的人"_s, QString()}));

    auto byRefund = m_repo.findByRefundId(u"9123456789012345678"_s);
    ASSERT_TRUE(isOk(byRefund));
    EXPECT_EQ(byRefund->id, *id);
    EXPECT_EQ(byRefund->timeline.size(), 1);
    EXPECT_EQ(m_repo.findByRefundId(u"1"_s).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_repo.find(*id + 1).error().code, ErrorCode::NotFound);
}

TEST_F(AfterSaleRepositoryTest, CreationNoteIsKeptOnTheFirstEvent) {
    auto id = m_repo.create(makeCase(u"160000000000001"_s), u"店:阿七"_s, u"买家说线头多"_s);
    ASSERT_TRUE(isOk(id));
    auto found = m_repo.find(*id);
    ASSERT_TRUE(isOk(found));
    ASSERT_EQ(found->timeline.size(), 1);
    EXPECT_EQ(found->timeline.front().note, u"买家说线头多"_s);
    EXPECT_EQ(found->timeline.front().actor, u"店:阿七"_s);
}

TEST_F(AfterSaleRepositoryTest, CountByStatusFollowsTransitions) {
    EXPECT_TRUE(m_repo.countByStatus()->isEmpty());
    auto first = m_repo.create(makeCase(u"71"_s), u"系统"_s);
    ASSERT_TRUE(isOk(first));
    ASSERT_TRUE(isOk(m_repo.create(makeCase(u"72"_s), u"系统"_s)));
    EXPECT_EQ(m_repo.countByStatus()->value(RefundStatus::WaitSellerAgree), 2);
    ASSERT_TRUE(isOk(m_repo.transition(*first, RefundStatus::WaitBuyerReturnGoods, u"店:阿七"_s, {}, 2000)));
    auto counts = m_repo.countByStatus();
    ASSERT_TRUE(isOk(counts));
    EXPECT_EQ(counts->value(RefundStatus::WaitSellerAgree), 1);
    EXPECT_EQ(counts->value(RefundStatus::WaitBuyerReturnGoods), 1);
    EXPECT_EQ(counts->size(), 2);
}

TEST_F(AfterSaleRepositoryTest, EmptyHandlerAndModifiedTimeDefault) {
    auto id = m_repo.create(makeCase(u"55"_s), u"系统"_s);
    ASSERT_TRUE(isOk(id));
    auto found = m_repo.find(*id);
    EXPECT_FALSE(found->handlerAgentId.has_value());
    EXPECT_EQ(found->modifiedAtMs, found->createdAtMs);
}

TEST_F(AfterSaleRepositoryTest, AmountMayNotExceedPayment) {
    AfterSaleCase c = makeCase(u"60"_s);
    c.amount = Money::fromFen(kPaymentFen + 1);
    auto refused = m_repo.create(c, u"系统"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().message, u"退款金额不能超过实付金额"_s);
    EXPECT_EQ(*m_repo.count(), 0);

    c.amount = Money::fromFen(kPaymentFen);
    EXPECT_TRUE(isOk(m_repo.create(c, u"系统"_s)));
}

TEST_F(AfterSaleRepositoryTest, CaseForUnknownTradeIsConstraint) {
    AfterSaleCase c = makeCase(u"61"_s);
    c.tid = u"1234"_s;
    auto refused = m_repo.create(c, u"系统"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Constraint);
    EXPECT_EQ(rowCount(m_store.db(), u"after_sale_case"_s), 0);
    EXPECT_EQ(rowCount(m_store.db(), u"after_sale_event"_s), 0);
}

TEST_F(AfterSaleRepositoryTest, DuplicateRefundIdIsConstraintAndLeavesNothing) {
    ASSERT_TRUE(isOk(m_repo.create(makeCase(u"62"_s), u"系统"_s)));
    auto refused = m_repo.create(makeCase(u"62"_s), u"系统"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Constraint);
    EXPECT_EQ(rowCount(m_store.db(), u"after_sale_case"_s), 1);
    EXPECT_EQ(rowCount(m_store.db(), u"after_sale_event"_s), 1);
}

TEST_F(AfterSaleRepositoryTest, EveryTransitionFollowsRefundTransitions) {
    int serial = 0;
    int legalSeen = 0;
    for (AfterSaleType type :
         {AfterSaleType::RefundOnly, AfterSaleType::ReturnAndRefund, AfterSaleType::Exchange, AfterSaleType::Repair}) {
        for (RefundStatus from : allRefundStatuses()) {
            for (RefundStatus to : allRefundStatuses()) {
                SCOPED_TRACE(afterSaleTypeKey(type).toStdString() + " " + refundStatusName(from).toStdString() +
                             " -> " + refundStatusName(to).toStdString());
                auto id = m_repo.create(makeCase(QString::number(++serial), type, from), u"系统"_s);
                ASSERT_TRUE(isOk(id));
                const Status status = m_repo.transition(*id, to, u"店:阿七"_s, u"处理"_s, 5000);
                auto after = m_repo.find(*id);
                if (RefundTransitions::isLegal(type, from, to)) {
                    ++legalSeen;
                    ASSERT_TRUE(isOk(status)) << status.error().message.toStdString();
                    EXPECT_EQ(after->status, to);
                    EXPECT_EQ(after->modifiedAtMs, 5000);
                    ASSERT_EQ(after->timeline.size(), 2);
                    EXPECT_EQ(after->timeline[1], (AfterSaleEvent{5000, from, to, u"店:阿七"_s, u"处理"_s}));
                } else {
                    ASSERT_FALSE(status.ok());
                    EXPECT_EQ(status.error().code, ErrorCode::InvalidInput);
                    EXPECT_EQ(status.error().message, u"售后单当前为「"_s + refundStatusLabel(from) +
                                                          u"」，不能改为「"_s + refundStatusLabel(to) + u"」"_s);
                    EXPECT_EQ(after->status, from);
                    EXPECT_EQ(after->modifiedAtMs, 1000);
                    EXPECT_EQ(after->timeline.size(), 1);
                }
            }
        }
    }
    EXPECT_GT(legalSeen, 10);
}

TEST_F(AfterSaleRepositoryTest, SuccessIsFinal) {
    auto id = m_repo.create(makeCase(u"70"_s, AfterSaleType::RefundOnly), u"系统"_s);
    ASSERT_TRUE(isOk(m_repo.transition(*id, RefundStatus::Success, u"店:阿七"_s, {}, 2000)));
    const Status status = m_repo.transition(*id, RefundStatus::WaitBuyerReturnGoods, u"店:阿七"_s, {}, 3000);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(status.error().message.contains(refundStatusLabel(RefundStatus::Success)));
    EXPECT_TRUE(status.error().message.contains(refundStatusLabel(RefundStatus::WaitBuyerReturnGoods)));
    EXPECT_EQ(m_repo.transition(*id + 1, RefundStatus::Closed, u"x"_s, {}, 1).error().code, ErrorCode::NotFound);
}

TEST_F(AfterSaleRepositoryTest, TimelineKeepsOrderOfEvents) {
    auto id = m_repo.create(makeCase(u"80"_s), u"tb_退货的人"_s);
    ASSERT_TRUE(isOk(id));
    using S = RefundStatus;
    ASSERT_TRUE(isOk(m_repo.transition(*id, S::WaitBuyerReturnGoods, u"店:阿七"_s, u"同意退货"_s, 2000)));
    ASSERT_TRUE(isOk(m_repo.transition(*id, S::WaitSellerConfirmGoods, u"tb_退货的人"_s, u"已寄回"_s, 3000)));
    ASSERT_TRUE(isOk(m_repo.transition(*id, S::Success, u"店:阿七"_s, u"验货无误"_s, 4000)));

    auto found = m_repo.find(*id);
    const QList<AfterSaleEvent> expected = {
        {1000, std::nullopt, S::WaitSellerAgree, u"tb_退货的人"_s, {}},
        {2000, S::WaitSellerAgree, S::WaitBuyerReturnGoods, u"店:阿七"_s, u"同意退货"_s},
        {3000, S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods, u"tb_退货的人"_s, u"已寄回"_s},
        {4000, S::WaitSellerConfirmGoods, S::Success, u"店:阿七"_s, u"验货无误"_s},
    };
    EXPECT_EQ(found->timeline, expected);
    EXPECT_EQ(found->status, S::Success);
    EXPECT_EQ(found->modifiedAtMs, 4000);
}

TEST_F(AfterSaleRepositoryTest, StaleTransitionFromAnotherConnectionIsRefused) {
    auto id = m_repo.create(makeCase(u"90"_s), u"系统"_s);
    ASSERT_TRUE(isOk(id));
    // A second agent's window: its own connection on the same file.
    auto other = Database::open(m_store.path(), u"trade-test-other"_s);
    ASSERT_TRUE(isOk(other)) << other.error().detail.toStdString();
    {
        AfterSaleRepository otherRepo(**other);
        ASSERT_TRUE(isOk(otherRepo.transition(*id, RefundStatus::SellerRefuseBuyer, u"店:小白"_s, u"拒绝"_s, 2000,
                                              RefundStatus::WaitSellerAgree)));
    }
    // This agent still sees 等待卖家同意 and agrees; the decision was made on stale data.
    const Status status =
        m_repo.transition(*id, RefundStatus::Closed, u"店:阿七"_s, u"同意"_s, 2500, RefundStatus::WaitSellerAgree);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Busy);
    EXPECT_EQ(status.error().message, u"售后单已被他人处理，请刷新"_s);
    auto found = m_repo.find(*id);
    EXPECT_EQ(found->status, RefundStatus::SellerRefuseBuyer);
    EXPECT_EQ(found->timeline.size(), 2);
    EXPECT_EQ(found->timeline.last().actor, u"店:小白"_s);
}

TEST_F(AfterSaleRepositoryTest, ListsFilterAndOrder) {
    auto a = m_repo.create(makeCase(u"101"_s, AfterSaleType::RefundOnly, RefundStatus::WaitSellerAgree, 100), u"x"_s);
    auto b = m_repo.create(makeCase(u"102"_s, AfterSaleType::RefundOnly, RefundStatus::WaitSellerAgree, 300), u"x"_s);
    auto c = m_repo.create(makeCase(u"103"_s, AfterSaleType::RefundOnly, RefundStatus::WaitSellerAgree, 200), u"x"_s);
    auto d = m_repo.create(makeCase(u"104"_s, AfterSaleType::RefundOnly, RefundStatus::Closed, 400), u"x"_s);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok() && d.ok());
    ASSERT_TRUE(isOk(m_repo.transition(*a, RefundStatus::SellerRefuseBuyer, u"x"_s, {}, 900)));
    ASSERT_TRUE(isOk(m_repo.transition(*a, RefundStatus::WaitSellerAgree, u"x"_s, {}, 950)));

    auto waiting = m_repo.listByStatus(RefundStatus::WaitSellerAgree, 10);
    ASSERT_TRUE(isOk(waiting));
    ASSERT_EQ(waiting->size(), 3);
    EXPECT_EQ(waiting->at(0).id, *a);  // most recently modified first
    EXPECT_EQ(waiting->at(1).id, *b);
    EXPECT_EQ(waiting->at(2).id, *c);
    EXPECT_EQ(m_repo.listByStatus(RefundStatus::WaitSellerAgree, 2)->size(), 2);
    EXPECT_EQ(m_repo.listByStatus(RefundStatus::Success, 10)->size(), 0);

    auto forCustomer = m_repo.listForCustomer(m_customer);
    ASSERT_EQ(forCustomer->size(), 4);
    EXPECT_EQ(forCustomer->at(0).id, *d);  // newest first
    EXPECT_EQ(forCustomer->at(3).id, *a);
    EXPECT_EQ(m_repo.listForCustomer(m_customer + 99)->size(), 0);
    EXPECT_EQ(m_repo.listForTrade(m_tid)->size(), 4);
    EXPECT_EQ(m_repo.listForTrade(u"1"_s)->size(), 0);
    EXPECT_EQ(*m_repo.count(), 4);
}

TEST_F(AfterSaleRepositoryTest, NotesReturnShipmentAndHandler) {
    auto id = m_repo.create(makeCase(u"110"_s), u"x"_s);
    ASSERT_TRUE(isOk(id));
    ASSERT_TRUE(isOk(m_repo.setWarehouseNote(*id, u"包装破损，拍照留证"_s)));
    ASSERT_TRUE(isOk(m_repo.setReturnShipment(*id, u"圆通速递"_s, u" YT9988 "_s)));
    ASSERT_TRUE(isOk(m_repo.assignHandler(*id, m_agent)));
    auto found = m_repo.find(*id);
    EXPECT_EQ(found->warehouseNote, u"包装破损，拍照留证"_s);
    EXPECT_EQ(found->returnCompany, u"圆通速递"_s);
    EXPECT_EQ(found->returnTrackingNumber, u"YT9988"_s);
    EXPECT_EQ(found->handlerAgentId, std::optional<qint64>(m_agent));

    ASSERT_TRUE(isOk(m_repo.assignHandler(*id, std::nullopt)));
    EXPECT_FALSE(m_repo.find(*id)->handlerAgentId.has_value());
    EXPECT_EQ(m_repo.assignHandler(*id, m_agent + 50).error().code, ErrorCode::Constraint);
    EXPECT_EQ(m_repo.setReturnShipment(*id, u"圆通速递"_s, u""_s).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_repo.find(*id)->returnTrackingNumber, u"YT9988"_s);
    EXPECT_EQ(m_repo.setWarehouseNote(*id + 1, u"x"_s).error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace kefu
