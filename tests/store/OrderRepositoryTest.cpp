#include "support/IsOk.h"
#include "support/TempStore.h"

#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"
#include "store/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

using test::isOk;

// Products belong to another repository; a prepared INSERT keeps these tests independent of its API.
qint64 insertRow(Database& db, const QString& sql, const QVariantList& values) {
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        ADD_FAILURE() << query.lastError().text().toStdString();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 addCustomer(Database& db, const QString& nick) {
    Customer c;
    c.buyerNick = nick;
    auto id = CustomerRepository(db).add(c);
    if (!id) {
        ADD_FAILURE() << id.error().detail.toStdString();
        return 0;
    }
    return *id;
}

int rowCount(Database& db, const QString& table) {
    QSqlQuery query(db.connection());
    query.exec(u"SELECT COUNT(*) FROM "_s + table);
    return query.next() ? query.value(0).toInt() : -1;
}

Receiver validReceiver() {
    return Receiver{u"张小花"_s, u"13812345678"_s, u"浙江省"_s, u"杭州市"_s, u"西湖区"_s, u"文三路 90 号 3 幢 502 室"_s,
                    u"310012"_s};
}

Order makeOrder(const QString& tid, qint64 customerId, qint64 createdAtMs,
                TradeStatus status = TradeStatus::WaitSellerSendGoods) {
    Order o;
    o.tid = tid;
    o.customerId = customerId;
    o.status = status;
    o.receiver = validReceiver();
    o.items.append(OrderItem{tid + u"1"_s, std::nullopt, std::nullopt, u"纯棉T恤"_s, u"白色 / L"_s, 2,
                             Money::fromFen(5900), Money::fromFen(11000)});
    o.totalFee = Money::fromFen(11800);
    o.discountFee = Money::fromFen(800);
    o.payment = Money::fromFen(11000);
    o.createdAtMs = createdAtMs;
    return o;
}

void expectSameOrder(const Order& a, const Order& b) {
    EXPECT_EQ(a.tid, b.tid);
    EXPECT_EQ(a.customerId, b.customerId);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.items, b.items);
    EXPECT_EQ(a.receiver, b.receiver);
    EXPECT_EQ(a.totalFee, b.totalFee);
    EXPECT_EQ(a.postFee, b.postFee);
    EXPECT_EQ(a.discountFee, b.discountFee);
    EXPECT_EQ(a.payment, b.payment);
    EXPECT_EQ(a.createdAtMs, b.createdAtMs);
    EXPECT_EQ(a.paidAtMs, b.paidAtMs);
    EXPECT_EQ(a.consignedAtMs, b.consignedAtMs);
    EXPECT_EQ(a.endAtMs, b.endAtMs);
    EXPECT_EQ(a.sellerMemo, b.sellerMemo);
    EXPECT_EQ(a.sellerFlag, b.sellerFlag);
    EXPECT_EQ(a.buyerMessage, b.buyerMessage);
    ASSERT_EQ(a.shipments.size(), b.shipments.size());
    for (qsizetype i = 0; i < a.shipments.size(); ++i) {
        EXPECT_EQ(a.shipments[i].tid, b.shipments[i].tid);
        EXPECT_EQ(a.shipments[i].company, b.shipments[i].company);
        EXPECT_EQ(a.shipments[i].trackingNumber, b.shipments[i].trackingNumber);
        EXPECT_EQ(a.shipments[i].consignedAtMs, b.shipments[i].consignedAtMs);
        EXPECT_EQ(a.shipments[i].events, b.shipments[i].events);
    }
}

class OrderRepositoryTest : public ::testing::Test {
protected:
    test::TempStore m_store;
    OrderRepository m_repo{m_store.db()};
    qint64 m_customer = addCustomer(m_store.db(), u"tb_小花"_s);
};

TEST_F(OrderRepositoryTest, RoundTripsWholeAggregate) {
    const qint64 productId = insertRow(
        m_store.db(), u"INSERT INTO product (num_iid, title, price_fen) VALUES ('6001', '羊毛大衣', 129900)"_s, {});
    const qint64 skuId = insertRow(
        m_store.db(), u"INSERT INTO sku (product_id, sku_id, spec_json, price_fen) VALUES (?, '7001', '[]', 129900)"_s,
        {productId});

    Order o = makeOrder(u"4012345678901234567"_s, m_customer, 1'700'000'000'123, TradeStatus::WaitBuyerConfirmGoods);
    o.items.prepend(OrderItem{u"4012345678901234568"_s, productId, skuId, u"羊毛大衣"_s, u"驼色 / M"_s, 1,
                              Money::fromFen(129999), Money::fromFen(120001)});
    o.totalFee = Money::fromFen(12'345'678'901);
    o.postFee = Money::fromFen(1);
    o.discountFee = Money::fromFen(-3);
    o.payment = Money::fromFen(12'345'678'899);
    o.paidAtMs = 1'700'000'100'000;
    o.consignedAtMs = 1'700'000'200'000;
    o.sellerMemo = u"顺丰发，别用中通"_s;
    o.sellerFlag = 3;
    o.buyerMessage = u"请尽快发货～"_s;
    Shipment first{0, o.tid, u"顺丰速运"_s, u"SF1234567890123"_s, 1'700'000'200'000, {}};
    first.events = {ShipmentEvent{1'700'000'300'000, u"【杭州市】已揽收"_s, u"杭州"_s},
                    ShipmentEvent{1'700'000'400'000, u"【上海市】派送中"_s, u""_s}};
    Shipment second{0, o.tid, u"中通快递"_s, u"ZT778899"_s, 1'700'000'250'000, {}};
    o.shipments = {first, second};

    ASSERT_TRUE(isOk(m_repo.add(o)));
    auto found = m_repo.find(o.tid);
    ASSERT_TRUE(isOk(found)) << found.error().detail.toStdString();
    expectSameOrder(*found, o);
    EXPECT_EQ(found->items.first().oid, u"4012345678901234568"_s);  // position order, not oid order
    EXPECT_GT(found->shipments[0].id, 0);
    EXPECT_NE(found->shipments[0].id, found->shipments[1].id);
    EXPECT_FALSE(found->endAtMs.has_value());
}

TEST_F(OrderRepositoryTest, EmptyOptionalsStayEmpty) {
    const Order o = makeOrder(u"1"_s, m_customer, 5, TradeStatus::WaitBuyerPay);
    ASSERT_TRUE(isOk(m_repo.add(o)));
    auto found = m_repo.find(u"1"_s);
    ASSERT_TRUE(isOk(found));
    expectSameOrder(*found, o);
    EXPECT_FALSE(found->paidAtMs || found->consignedAtMs || found->endAtMs);
    EXPECT_FALSE(found->items.first().productId || found->items.first().skuId);
}

TEST_F(OrderRepositoryTest, EveryTradeStatusRoundTrips) {
    int n = 0;
    for (TradeStatus s : allTradeStatuses()) {
        const QString tid = QString::number(1000 + ++n);
        ASSERT_TRUE(isOk(m_repo.add(makeOrder(tid, m_customer, n, s)))) << tradeStatusName(s).toStdString();
        EXPECT_EQ(m_repo.find(tid)->status, s);
    }
}

TEST_F(OrderRepositoryTest, UnknownTidIsNotFound) {
    auto found = m_repo.find(u"999"_s);
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().code, ErrorCode::NotFound);
}

TEST_F(OrderRepositoryTest, DuplicateTidIsConstraint) {
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"77"_s, m_customer, 1))));
    Order again = makeOrder(u"77"_s, m_customer, 2);
    again.items.first().oid = u"other"_s;
    const Status status = m_repo.add(again);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Constraint);
    EXPECT_EQ(*m_repo.count(), 1);
    EXPECT_EQ(m_repo.find(u"77"_s)->createdAtMs, 1);
}

TEST_F(OrderRepositoryTest, UnknownCustomerIsConstraint) {
    const Status status = m_repo.add(makeOrder(u"78"_s, m_customer + 100, 1));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Constraint);
}

TEST_F(OrderRepositoryTest, FailedAddLeavesNothingBehind) {
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"10"_s, m_customer, 1))));
    ASSERT_TRUE(isOk(m_repo.addShipment(Shipment{0, u"10"_s, u"中通快递"_s, u"ZT1"_s, 2, {}})));

    // The second shipment reuses a tracking number, so the trade, items and first shipment must all vanish.
    Order o = makeOrder(u"11"_s, m_customer, 3);
    o.items.append(OrderItem{u"11-b"_s, std::nullopt, std::nullopt, u"袜子"_s, u""_s, 1, Money(), Money()});
    o.shipments = {Shipment{0, {}, u"顺丰速运"_s, u"SF9"_s, 4, {ShipmentEvent{5, u"已揽收"_s, {}}}},
                   Shipment{0, {}, u"中通快递"_s, u"ZT1"_s, 4, {}}};
    const Status status = m_repo.add(o);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Constraint);
    EXPECT_EQ(m_repo.find(u"11"_s).error().code, ErrorCode::NotFound);
    EXPECT_EQ(rowCount(m_store.db(), u"trade"_s), 1);
    EXPECT_EQ(rowCount(m_store.db(), u"trade_item"_s), 1);
    EXPECT_EQ(rowCount(m_store.db(), u"shipment"_s), 1);
    EXPECT_EQ(rowCount(m_store.db(), u"shipment_event"_s), 0);

    // A bad item (quantity 0) is refused the same way, and the fixed order then goes in cleanly.
    o.shipments.clear();
    o.items.last().quantity = 0;
    EXPECT_EQ(m_repo.add(o).error().code, ErrorCode::Constraint);
    o.items.last().quantity = 1;
    EXPECT_TRUE(isOk(m_repo.add(o)));
    EXPECT_EQ(m_repo.find(u"11"_s)->items.size(), 2);
}

TEST_F(OrderRepositoryTest, BulkAddInsideOuterTransaction) {
    const Status status = m_store.db().transaction([&]() -> Status {
        for (int i = 0; i < 300; ++i) {
            if (Status s = m_repo.add(makeOrder(QString::number(500000 + i), m_customer, i)); !s) {
                return s;
            }
        }
        return {};
    });
    ASSERT_TRUE(isOk(status)) << status.error().detail.toStdString();
    EXPECT_EQ(*m_repo.count(), 300);
    EXPECT_EQ(rowCount(m_store.db(), u"trade_item"_s), 300);
}

TEST_F(OrderRepositoryTest, ListForCustomerNewestFirstWithLimit) {
    const qint64 other = addCustomer(m_store.db(), u"tb_other"_s);
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"1"_s, m_customer, 100))));
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"2"_s, m_customer, 300))));
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"3"_s, m_customer, 200))));
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"4"_s, other, 400))));

    auto all = m_repo.listForCustomer(m_customer);
    ASSERT_TRUE(isOk(all));
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).tid, u"2"_s);
    EXPECT_EQ(all->at(1).tid, u"3"_s);
    EXPECT_EQ(all->at(2).tid, u"1"_s);
    EXPECT_EQ(all->at(0).items.size(), 1);  // whole aggregates
    EXPECT_EQ(m_repo.listForCustomer(m_customer, 2)->size(), 2);
}

TEST_F(OrderRepositoryTest, ListByStatusPagesByKeyset) {
    // Equal creation times on purpose: the tid breaks the tie, so paging neither repeats nor skips an order.
    const QList<std::pair<QString, qint64>> orders = {{u"101"_s, 50}, {u"102"_s, 50}, {u"103"_s, 70},
                                                      {u"104"_s, 10}, {u"105"_s, 50}, {u"106"_s, 90}};
    for (const auto& [tid, at] : orders) {
        ASSERT_TRUE(isOk(m_repo.add(makeOrder(tid, m_customer, at))));
    }
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"200"_s, m_customer, 60, TradeStatus::WaitBuyerPay))));

    QStringList seen;
    std::optional<std::pair<qint64, QString>> after;
    for (int page = 0; page < 10; ++page) {
        auto rows = m_repo.listByStatus(TradeStatus::WaitSellerSendGoods, 2, after);
        ASSERT_TRUE(isOk(rows));
        if (rows->isEmpty()) {
            break;
        }
        EXPECT_LE(rows->size(), 2);
        for (const Order& o : *rows) {
            seen.append(o.tid);
        }
        after = std::pair{rows->last().createdAtMs, rows->last().tid};
    }
    EXPECT_EQ(seen, (QStringList{u"106"_s, u"103"_s, u"105"_s, u"102"_s, u"101"_s, u"104"_s}));
}

TEST_F(OrderRepositoryTest, StatsCountEveryOrderButSpendOnlyPaid) {
    const qint64 other = addCustomer(m_store.db(), u"tb_other"_s);
    auto add = [&](const QString& tid, qint64 customer, qint64 at, TradeStatus s, qint64 paymentFen) {
        Order o = makeOrder(tid, customer, at, s);
        o.payment = Money::fromFen(paymentFen);
        ASSERT_TRUE(isOk(m_repo.add(o)));
    };
    add(u"1"_s, m_customer, 100, TradeStatus::TradeFinished, 10001);
    add(u"2"_s, m_customer, 300, TradeStatus::WaitBuyerPay, 50000);
    add(u"3"_s, m_customer, 200, TradeStatus::WaitSellerSendGoods, 2);
    add(u"4"_s, m_customer, 250, TradeStatus::TradeClosedByTaobao, 70000);
    add(u"5"_s, other, 900, TradeStatus::TradeFinished, 99999);

    auto stats = m_repo.statsForCustomer(m_customer);
    ASSERT_TRUE(isOk(stats));
    EXPECT_EQ(stats->orderCount, 4);
    EXPECT_EQ(stats->totalSpend, Money::fromFen(10003));
    EXPECT_EQ(stats->lastPurchaseAtMs, std::optional<qint64>(300));

    const qint64 newcomer = addCustomer(m_store.db(), u"tb_new"_s);
    EXPECT_EQ(*m_repo.statsForCustomer(newcomer), CustomerOrderStats{});
}

TEST_F(OrderRepositoryTest, CountByStatusCountsEachStatusAndOmitsEmptyOnes) {
    EXPECT_TRUE(m_repo.countByStatus()->isEmpty());
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"31"_s, m_customer, 1, TradeStatus::TradeFinished))));
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"32"_s, m_customer, 2, TradeStatus::TradeFinished))));
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"33"_s, m_customer, 3, TradeStatus::WaitBuyerPay))));
    auto counts = m_repo.countByStatus();
    ASSERT_TRUE(isOk(counts));
    EXPECT_EQ(counts->size(), 2);
    EXPECT_EQ(counts->value(TradeStatus::TradeFinished), 2);
    EXPECT_EQ(counts->value(TradeStatus::WaitBuyerPay), 1);
    ASSERT_TRUE(isOk(m_repo.updateStatus(u"33"_s, TradeStatus::WaitSellerSendGoods, 4)));
    EXPECT_FALSE(m_repo.countByStatus()->contains(TradeStatus::WaitBuyerPay));
}

TEST_F(OrderRepositoryTest, ReceiverChangeAcceptedBeforeShipment) {
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"20"_s, m_customer, 1))));
    Receiver r = validReceiver();
    r.name = QString(25, QChar(u'李'));  // 50 GBK bytes: exactly the limit
    r.address = u"莫干山路 1 号"_s;
    ASSERT_TRUE(isOk(m_repo.updateReceiver(u"20"_s, r)));
    EXPECT_EQ(m_repo.find(u"20"_s)->receiver, r);
}

TEST_F(OrderRepositoryTest, ReceiverChangeRefusedAfterShipment) {
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"21"_s, m_customer, 1))));
    ASSERT_TRUE(isOk(m_repo.addShipment(Shipment{0, u"21"_s, u"圆通速递"_s, u"YT1"_s, 2, {}})));
    Receiver r = validReceiver();
    r.address = u"另一个地址 8 号"_s;
    const Status status = m_repo.updateReceiver(u"21"_s, r);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(status.error().message, u"订单已发货，不能修改收货地址"_s);
    EXPECT_EQ(m_repo.find(u"21"_s)->receiver, validReceiver());

    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"22"_s, m_customer, 1, TradeStatus::TradeClosed))));
    EXPECT_EQ(m_repo.updateReceiver(u"22"_s, r).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_repo.updateReceiver(u"23"_s, r).error().code, ErrorCode::NotFound);
}

TEST_F(OrderRepositoryTest, ReceiverChangeRefusedForOverlongGbkText) {
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"30"_s, m_customer, 1))));
    Receiver longName = validReceiver();
    longName.name = QString(26, QChar(u'欧'));  // 26 characters = 52 GBK bytes
    const Status nameStatus = m_repo.updateReceiver(u"30"_s, longName);
    ASSERT_FALSE(nameStatus.ok());
    EXPECT_EQ(nameStatus.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(nameStatus.error().message, ReceiverRules::validate(longName));

    Receiver longAddress = validReceiver();
    longAddress.address = QString(115, QChar(u'路'));  // 230 GBK bytes
    const Status addressStatus = m_repo.updateReceiver(u"30"_s, longAddress);
    ASSERT_FALSE(addressStatus.ok());
    EXPECT_EQ(addressStatus.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(addressStatus.error().message.isEmpty());
    EXPECT_EQ(m_repo.find(u"30"_s)->receiver, validReceiver());
}

TEST_F(OrderRepositoryTest, SellerMemoFlagRange) {
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"40"_s, m_customer, 1))));
    for (int flag = 0; flag <= 5; ++flag) {
        ASSERT_TRUE(isOk(m_repo.updateSellerMemo(u"40"_s, u"备注"_s + QString::number(flag), flag)));
        EXPECT_EQ(m_repo.find(u"40"_s)->sellerFlag, flag);
    }
    EXPECT_EQ(m_repo.find(u"40"_s)->sellerMemo, u"备注5"_s);
    EXPECT_EQ(m_repo.updateSellerMemo(u"40"_s, u"x"_s, -1).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_repo.updateSellerMemo(u"40"_s, u"x"_s, 6).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_repo.find(u"40"_s)->sellerMemo, u"备注5"_s);
    EXPECT_EQ(m_repo.updateSellerMemo(u"41"_s, u"x"_s, 1).error().code, ErrorCode::NotFound);
}

TEST_F(OrderRepositoryTest, UpdateStatusStampsTimesOnce) {
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"50"_s, m_customer, 1, TradeStatus::WaitBuyerPay))));
    ASSERT_TRUE(isOk(m_repo.updateStatus(u"50"_s, TradeStatus::WaitSellerSendGoods, 1000)));
    auto paid = m_repo.find(u"50"_s);
    EXPECT_EQ(paid->status, TradeStatus::WaitSellerSendGoods);
    EXPECT_EQ(paid->paidAtMs, std::optional<qint64>(1000));
    EXPECT_FALSE(paid->consignedAtMs || paid->endAtMs);

    ASSERT_TRUE(isOk(m_repo.updateStatus(u"50"_s, TradeStatus::WaitBuyerConfirmGoods, 2000)));
    ASSERT_TRUE(isOk(m_repo.updateStatus(u"50"_s, TradeStatus::TradeFinished, 3000)));
    auto done = m_repo.find(u"50"_s);
    EXPECT_EQ(done->status, TradeStatus::TradeFinished);
    EXPECT_EQ(done->paidAtMs, std::optional<qint64>(1000));
    EXPECT_EQ(done->consignedAtMs, std::optional<qint64>(2000));
    EXPECT_EQ(done->endAtMs, std::optional<qint64>(3000));
    EXPECT_EQ(m_repo.updateStatus(u"51"_s, TradeStatus::TradeFinished, 1).error().code, ErrorCode::NotFound);
}

TEST_F(OrderRepositoryTest, ShipmentMovesOrderAndCollectsEvents) {
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"60"_s, m_customer, 1))));
    auto id = m_repo.addShipment(
        Shipment{0, u"60"_s, u"韵达快递"_s, u"YD42"_s, 5000, {ShipmentEvent{5100, u"已揽收"_s, u"义乌"_s}}});
    ASSERT_TRUE(isOk(id));
    ASSERT_TRUE(isOk(m_repo.addShipmentEvent(*id, ShipmentEvent{5300, u"派送中"_s, u"上海"_s})));
    ASSERT_TRUE(isOk(m_repo.addShipmentEvent(*id, ShipmentEvent{5200, u"到达转运中心"_s, u"嘉兴"_s})));

    auto order = m_repo.find(u"60"_s);
    EXPECT_EQ(order->status, TradeStatus::WaitBuyerConfirmGoods);
    EXPECT_EQ(order->consignedAtMs, std::optional<qint64>(5000));
    ASSERT_EQ(order->shipments.size(), 1);
    EXPECT_EQ(order->shipments[0].id, *id);
    QList<qint64> times;
    for (const ShipmentEvent& e : order->shipments[0].events) {
        times.append(e.atMs);
    }
    EXPECT_EQ(times, (QList<qint64>{5100, 5200, 5300}));

    EXPECT_EQ(m_repo.addShipmentEvent(*id + 99, ShipmentEvent{1, u"x"_s, {}}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_repo.addShipment(Shipment{0, u"60"_s, u"韵达快递"_s, u"YD42"_s, 1, {}}).error().code,
              ErrorCode::Constraint);
    EXPECT_EQ(m_repo.addShipment(Shipment{0, u"61"_s, u"韵达快递"_s, u"YD43"_s, 1, {}}).error().code,
              ErrorCode::Constraint);
}

TEST_F(OrderRepositoryTest, ShipmentDoesNotReopenFinishedOrder) {
    ASSERT_TRUE(isOk(m_repo.add(makeOrder(u"70"_s, m_customer, 1, TradeStatus::TradeFinished))));
    ASSERT_TRUE(isOk(m_repo.addShipment(Shipment{0, u"70"_s, u"EMS"_s, u"E1"_s, 9, {}})));
    auto order = m_repo.find(u"70"_s);
    EXPECT_EQ(order->status, TradeStatus::TradeFinished);
    EXPECT_FALSE(order->consignedAtMs.has_value());
}

}  // namespace
}  // namespace kefu
