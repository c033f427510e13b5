#include "demo/DemoOrders.h"

#include "demo/DemoLogistics.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRandom.h"
#include "demo/DemoResources.h"
#include "demo/DemoWorld.h"
#include "store/OrderRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qint64 kMinuteMs = 60LL * 1000;
constexpr qint64 kHourMin = 60;
constexpr qint64 kDayMin = 24 * 60;

struct StatusShare {
    TradeStatus status;
    int count;
};

// What a week-old apparel shop's order list looks like: mostly finished, a day's worth waiting to ship, a few
// unpaid and closed, and one or two of the rarer Taobao states so every status can be seen.
constexpr StatusShare kPlan[] = {
    {TradeStatus::TradeFinished, 230},      {TradeStatus::WaitBuyerConfirmGoods, 110},
    {TradeStatus::WaitSellerSendGoods, 55}, {TradeStatus::TradeClosedByTaobao, 35},
    {TradeStatus::TradeClosed, 25},         {TradeStatus::WaitBuyerPay, 22},
    {TradeStatus::SellerConsignedPart, 8},  {TradeStatus::TradeBuyerSigned, 6},
    {TradeStatus::TradeNoCreatePay, 4},     {TradeStatus::PayPending, 3},
    {TradeStatus::WaitPrePayConfirm, 2},
};

bool inRemoteRegion(const Receiver& r) {
    return r.province.startsWith(u"新疆"_s) || r.province.startsWith(u"西藏"_s) || r.province.startsWith(u"青海"_s);
}

}  // namespace

DemoOrders::DemoOrders(Database& db, DemoRandom& random, DemoWorld& world, DemoPeople& people, DemoLogistics& logistics,
                       QJsonObject peopleJson)
    : m_db(db),
      m_random(random),
      m_world(world),
      m_people(people),
      m_logistics(logistics),
      m_peopleJson(std::move(peopleJson)) {}

QString DemoOrders::uniqueId() {
    QString id;
    do {
        id = QString::number(m_random.between(2, 4)) + m_random.digits(18);
    } while (m_usedIds.contains(id));
    m_usedIds.insert(id);
    return id;
}

qint64 DemoOrders::minutesAgo(qint64 lo, qint64 hi) {
    return m_world.nowMs - m_random.between(lo * 60, hi * 60) * 1000;
}

void DemoOrders::addLines(Order& order, int lines) {
    for (int i = 0; i < lines; ++i) {
        const DemoWorld::CatalogItem& item = m_random.pick(m_world.catalog);
        const Sku& sku = m_random.pick(item.product.skus);
        OrderItem line;
        line.oid = lines == 1 ? order.tid : uniqueId();  // Taobao gives a one-line order's line the trade's id
        line.productId = item.product.id;
        line.skuId = sku.id;
        line.title = item.product.title;
        line.skuText = sku.specText();
        line.quantity = m_random.percent(90) ? 1 : 2;
        line.price = sku.price;
        order.items.append(line);
    }
}

// Line payments carry the discount that was running when the order was placed, and a shop-wide 满减 is shared
// across the lines in proportion, the last line taking the rounding remainder, as Taobao splits it.
void DemoOrders::price(Order& order) const {
    Money subtotal;
    for (OrderItem& line : order.items) {
        int permille = 1000;
        for (const Promotion& p : m_world.promotions) {
            if (p.type == PromotionType::Discount && p.isActiveAt(order.createdAtMs) && line.productId &&
                p.appliesTo(*line.productId)) {
                permille = std::min(permille, p.discountPermille);
            }
        }
        line.payment = (line.price * line.quantity).discounted(permille);
        subtotal += line.payment;
        order.totalFee += line.price * line.quantity;
    }
    Money reduction;
    for (const Promotion& p : m_world.promotions) {
        if (p.type != PromotionType::FullReduction || !p.isActiveAt(order.createdAtMs) || p.threshold.fen() <= 0 ||
            subtotal < p.threshold) {
            continue;
        }
        const qint64 times = p.stacking ? subtotal.fen() / p.threshold.fen() : 1;
        reduction = std::max(reduction, p.reduction * times);
    }
    Money shared;
    for (int i = 0; i < order.items.size(); ++i) {
        OrderItem& line = order.items[i];
        const Money share =
            i + 1 == order.items.size()
                ? reduction - shared
                : Money::fromFen(reduction.fen() * line.payment.fen() / std::max<qint64>(1, subtotal.fen()));
        shared += share;
        line.payment -= share;
    }
    order.postFee = inRemoteRegion(order.receiver) ? Money::fromYuan(15) : Money();
    order.discountFee = order.totalFee - (subtotal - reduction);
    order.payment = subtotal - reduction + order.postFee;
}

void DemoOrders::stampTimes(Order& order, bool stalled) {
    const qint64 journeyMin = m_logistics.maxJourneyHours() * kHourMin;
    auto paidAfter = [&](qint64 createdAt) { return createdAt + m_random.between(1, 40) * kMinuteMs; };
    switch (order.status) {
        case TradeStatus::TradeNoCreatePay:
            order.createdAtMs = minutesAgo(2, 50);
            break;
        case TradeStatus::WaitBuyerPay:
            order.createdAtMs = minutesAgo(3, 22 * kHourMin);
            break;
        case TradeStatus::PayPending:
            order.createdAtMs = minutesAgo(10, 3 * kHourMin);
            break;
        case TradeStatus::WaitPrePayConfirm:
            order.createdAtMs = minutesAgo(kHourMin, 20 * kHourMin);
            break;
        case TradeStatus::TradeClosedByTaobao:
            order.createdAtMs = minutesAgo(kDayMin, 45 * kDayMin);
            order.endAtMs = order.createdAtMs + m_random.between(20, 24 * kHourMin) * kMinuteMs;
            break;
        case TradeStatus::WaitSellerSendGoods:
            order.paidAtMs = minutesAgo(15, 40 * kHourMin);
            order.createdAtMs = *order.paidAtMs - m_random.between(1, 30) * kMinuteMs;
            break;
        case TradeStatus::SellerConsignedPart:
            order.paidAtMs = minutesAgo(30 * kHourMin, 70 * kHourMin);
            order.createdAtMs = *order.paidAtMs - m_random.between(1, 30) * kMinuteMs;
            order.consignedAtMs = *order.paidAtMs + m_random.between(3 * kHourMin, 20 * kHourMin) * kMinuteMs;
            break;
        case TradeStatus::WaitBuyerConfirmGoods:
        case TradeStatus::TradeBuyerSigned: {
            const bool signedFor = order.status == TradeStatus::TradeBuyerSigned;
            order.consignedAtMs = stalled     ? minutesAgo(5 * kDayMin, 8 * kDayMin)
                                  : signedFor ? minutesAgo(journeyMin + 2 * kHourMin, 7 * kDayMin)
                                              : minutesAgo(6 * kHourMin, 9 * kDayMin);
            order.paidAtMs = *order.consignedAtMs - m_random.between(2 * kHourMin, 30 * kHourMin) * kMinuteMs;
            order.createdAtMs = *order.paidAtMs - m_random.between(1, 30) * kMinuteMs;
            break;
        }
        case TradeStatus::TradeFinished:
            order.createdAtMs = minutesAgo(12 * kDayMin, 75 * kDayMin);
            order.paidAtMs = paidAfter(order.createdAtMs);
            order.consignedAtMs = *order.paidAtMs + m_random.between(3 * kHourMin, 30 * kHourMin) * kMinuteMs;
            order.endAtMs = *order.consignedAtMs + m_random.between(4 * kDayMin, 10 * kDayMin) * kMinuteMs;
            break;
        case TradeStatus::TradeClosed:
            order.createdAtMs = minutesAgo(14 * kDayMin, 50 * kDayMin);
            order.paidAtMs = paidAfter(order.createdAtMs);
            if (m_random.percent(40)) {  // returned after delivery; the others were refunded before shipping
                order.consignedAtMs = *order.paidAtMs + m_random.between(3 * kHourMin, 20 * kHourMin) * kMinuteMs;
                order.endAtMs = *order.consignedAtMs + m_random.between(6 * kDayMin, 12 * kDayMin) * kMinuteMs;
            } else {
                order.endAtMs = *order.paidAtMs + m_random.between(2 * kHourMin, 40 * kHourMin) * kMinuteMs;
            }
            break;
    }
}

void DemoOrders::ship(Order& order, bool stalled) {
    if (!order.consignedAtMs) {
        return;
    }
    const int steps = stalled ? static_cast<int>(m_random.between(3, 4)) : -1;
    order.shipments.append(m_logistics.parcel(order.tid, order.receiver, *order.consignedAtMs, m_world.nowMs, steps));
}

Order DemoOrders::makeOrder(TradeStatus status, bool stalled) {
    QList<int> weights;
    weights.reserve(m_world.buyers.size());
    for (const DemoWorld::Buyer& buyer : m_world.buyers) {
        weights.append(buyer.orderWeight);
    }
    const DemoWorld::Buyer& buyer = m_world.buyers.at(m_random.weighted(weights));
    Order order;
    order.tid = uniqueId();
    order.customerId = buyer.customer.id;
    order.status = status;
    order.receiver = m_random.percent(85) ? buyer.receiver : m_people.randomReceiver();
    const int lines = status == TradeStatus::SellerConsignedPart ? 2 : 1 + m_random.weighted({70, 22, 8});
    addLines(order, lines);
    stampTimes(order, stalled);
    price(order);
    ship(order, stalled);
    if (m_random.percent(10)) {
        order.buyerMessage = m_random.pick(DemoResources::strings(m_peopleJson.value(u"buyerMessages"_s)));
    }
    if (tradeStatusIsPaid(status) && m_random.percent(12)) {
        order.sellerMemo = m_random.pick(DemoResources::strings(m_peopleJson.value(u"sellerMemos"_s)));
        order.sellerFlag = static_cast<int>(m_random.between(1, 5));
    }
    if (status == TradeStatus::TradeClosedByTaobao && m_random.percent(50)) {
        order.sellerMemo =
            u"关闭原因："_s + m_random.pick(DemoResources::strings(m_peopleJson.value(u"closeReasons"_s)));
    }
    return order;
}

Result<DemoOrders::Counts> DemoOrders::seed() {
    OrderRepository repository(m_db);
    Counts counts;
    for (const StatusShare& share : kPlan) {
        for (int i = 0; i < share.count; ++i) {
            const bool stalled = share.status == TradeStatus::WaitBuyerConfirmGoods && i < kStalledParcels;
            Order order = makeOrder(share.status, stalled);
            if (Status status = repository.add(order); !status) {
                return status.error();
            }
            counts.shipments += static_cast<int>(order.shipments.size());
            m_world.orders.append(order);
            ++counts.orders;
        }
    }
    return counts;
}

}  // namespace kefu
