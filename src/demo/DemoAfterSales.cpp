#include "demo/DemoAfterSales.h"

#include "demo/DemoLogistics.h"
#include "demo/DemoRandom.h"
#include "demo/DemoResources.h"
#include "demo/DemoWorld.h"
#include "store/AfterSaleRepository.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qint64 kMinuteMs = 60LL * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kRefundIdBase = 180000000000000LL;  // 15 digits, like Taobao refund ids

using S = RefundStatus;
using T = AfterSaleType;

bool goodsComeBack(AfterSaleType type) {
    return type != T::RefundOnly;
}

bool deliveredOrFinished(TradeStatus s) {
    return s == TradeStatus::TradeFinished || s == TradeStatus::WaitBuyerConfirmGoods ||
           s == TradeStatus::TradeBuyerSigned;
}

}  // namespace

DemoAfterSales::DemoAfterSales(Database& db, DemoRandom& random, DemoWorld& world, DemoLogistics& logistics,
                               QJsonObject afterSales)
    : m_db(db), m_random(random), m_world(world), m_logistics(logistics), m_json(std::move(afterSales)) {}

QList<DemoAfterSales::Plan> DemoAfterSales::plans() {
    const QList<S> none;
    return {
        // Waiting for the seller: the after-sales queue agents work through today.
        {T::RefundOnly, none, true},
        {T::RefundOnly, none, true},
        {T::ReturnAndRefund, none, true},
        {T::ReturnAndRefund, none, true},
        {T::Exchange, none, true},
        {T::Repair, none, true},
        {T::ReturnAndRefund, {S::SellerRefuseBuyer, S::WaitSellerAgree}, true},
        // Agreed, waiting for the parcel to come back.
        {T::ReturnAndRefund, {S::WaitBuyerReturnGoods}, true},
        {T::ReturnAndRefund, {S::WaitBuyerReturnGoods}, true},
        {T::Exchange, {S::WaitBuyerReturnGoods}, true},
        // On its way back to the warehouse.
        {T::ReturnAndRefund, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods}, true},
        {T::ReturnAndRefund, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods}, true},
        {T::Exchange, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods}, true},
        {T::Repair, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods}, true},
        // Refused.
        {T::RefundOnly, {S::SellerRefuseBuyer}, true},
        {T::ReturnAndRefund, {S::SellerRefuseBuyer}, true},
        {T::ReturnAndRefund, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods, S::SellerRefuseBuyer}, false},
        // Done.
        {T::RefundOnly, {S::Success}, false},
        {T::RefundOnly, {S::Success}, false},
        {T::ReturnAndRefund, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods, S::Success}, false},
        {T::ReturnAndRefund, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods, S::Success}, false},
        {T::ReturnAndRefund, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods, S::Success}, false},
        {T::Exchange, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods, S::Success}, false},
        {T::Exchange, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods, S::Success}, false},
        {T::Repair, {S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods, S::Success}, false},
        // Closed without a refund.
        {T::RefundOnly, {S::Closed}, false},
        {T::RefundOnly, {S::SellerRefuseBuyer, S::Closed}, false},
        {T::ReturnAndRefund, {S::WaitBuyerReturnGoods, S::Closed}, false},
        {T::Exchange, {S::Closed}, false},
        {T::Repair, {S::SellerRefuseBuyer, S::Closed}, false},
    };
}

const Order* DemoAfterSales::pickOrder(const Plan& plan, QList<QString>& usedTids) {
    const bool refundedWhole =
        !plan.path.isEmpty() && plan.path.last() == S::Success && plan.type != T::Exchange && plan.type != T::Repair;
    QList<const Order*> candidates;
    for (const Order& order : m_world.orders) {
        if (usedTids.contains(order.tid)) {
            continue;
        }
        bool fits = false;
        if (refundedWhole) {
            // A full refund is what closes a paid trade; goods can only come back from a trade that shipped.
            fits =
                order.status == TradeStatus::TradeClosed && (plan.type == T::RefundOnly || !order.shipments.isEmpty());
        } else if (plan.type == T::RefundOnly) {
            fits = order.status == TradeStatus::WaitSellerSendGoods || deliveredOrFinished(order.status);
        } else {
            fits = deliveredOrFinished(order.status) && !order.shipments.isEmpty();
        }
        // Cases still being handled belong to recent orders; settled ones can be older.
        const qint64 age = m_world.nowMs - order.createdAtMs;
        if (fits && plan.recent && age > 20 * kDayMs) {
            fits = false;
        }
        if (fits) {
            candidates.append(&order);
        }
    }
    if (candidates.isEmpty()) {
        return nullptr;
    }
    const Order* chosen = m_random.pick(candidates);
    usedTids.append(chosen->tid);
    return chosen;
}

QJsonObject DemoAfterSales::pickReason(AfterSaleType type, bool shipped) {
    QList<QJsonObject> fitting;
    for (const QJsonValue& value : m_json.value(u"reasons"_s).toArray()) {
        const QJsonObject reason = value.toObject();
        // An order that never left the warehouse can only be refunded for reasons that need no parcel.
        if (DemoResources::strings(reason.value(u"types"_s)).contains(afterSaleTypeKey(type)) &&
            reason.value(u"unshipped"_s).toBool() == !shipped) {
            fitting.append(reason);
        }
    }
    return m_random.pick(fitting);
}

QString DemoAfterSales::noteFor(RefundStatus from, RefundStatus to, AfterSaleType type) {
    const QJsonObject notes = m_json.value(u"sellerNotes"_s).toObject();
    auto pick = [&](const QString& key) { return m_random.pick(DemoResources::strings(notes.value(key))); };
    switch (to) {
        case S::WaitBuyerReturnGoods:
            return pick(u"agree_"_s + afterSaleTypeKey(type));
        case S::WaitSellerConfirmGoods:
            return u"买家已寄回"_s;
        case S::SellerRefuseBuyer:
            return pick(from == S::WaitSellerConfirmGoods ? u"refuseAfterReturn"_s : u"refuse"_s);
        case S::Success:
            return pick(u"success_"_s + afterSaleTypeKey(type));
        case S::Closed:
            return pick(u"closedByBuyer"_s);
        case S::WaitSellerAgree:
            return from == S::SellerRefuseBuyer ? u"买家修改申请后重新提交"_s : QString();
    }
    return {};
}

Status DemoAfterSales::seedOne(const Plan& plan, const Order& order, int serial) {
    const OrderItem& line = m_random.pick(order.items);
    const DemoWorld::Buyer* buyer = m_world.buyerById(order.customerId);
    const QJsonObject reason = pickReason(plan.type, !order.shipments.isEmpty());
    const QList<Agent> handlers = m_world.agentsWithRole(AgentRole::AfterSale);
    const Agent& handler = m_random.pick(handlers);

    AfterSaleCase c;
    c.refundId = QString::number(kRefundIdBase + serial * 7741LL + m_random.between(0, 7000));
    c.tid = order.tid;
    c.oid = line.oid;
    c.customerId = order.customerId;
    c.type = plan.type;
    c.reason = reason.value(u"reason"_s).toString();
    const bool wholeOrder = order.status == TradeStatus::TradeClosed;
    c.amount =
        plan.type == T::Exchange || plan.type == T::Repair ? Money() : (wholeOrder ? order.payment : line.payment);
    c.status = S::WaitSellerAgree;
    if (!plan.path.isEmpty() || m_random.percent(50)) {
        c.handlerAgentId = handler.id;
    }
    if (goodsComeBack(plan.type)) {
        c.warehouseNote = u"买家描述：%1。%2"_s.arg(DemoResources::pickText(reason.value(u"buyerNote"_s), m_random),
                                                    reason.value(u"warehouseNote"_s).toString());
    }
    // The buyer asks once the parcel has arrived (or after paying, for an unshipped refund) and each step follows
    // hours later; a whole-order refund ends when the trade closed, and a case still open ends before now.
    const qint64 steps = plan.path.size();
    if (wholeOrder && order.endAtMs) {
        c.createdAtMs = *order.endAtMs - steps * 24 * kHourMs - m_random.between(1, 6) * kHourMs;
    } else {
        const qint64 base =
            order.consignedAtMs ? *order.consignedAtMs + 2 * kDayMs : order.paidAtMs.value_or(order.createdAtMs);
        c.createdAtMs = std::min(base + m_random.between(1, 48) * kHourMs, m_world.nowMs - (steps * 24 + 1) * kHourMs);
    }
    if (plan.recent) {
        c.createdAtMs = std::max(c.createdAtMs, m_world.nowMs - 3 * kDayMs - steps * 20 * kHourMs);
    }
    c.modifiedAtMs = c.createdAtMs;

    AfterSaleRepository repository(m_db);
    const QString buyerNick = buyer ? buyer->customer.buyerNick : u"买家"_s;
    auto id = repository.create(c, buyerNick);
    if (!id) {
        return id.error();
    }
    qint64 at = c.createdAtMs;
    S from = S::WaitSellerAgree;
    for (const S to : plan.path) {
        const qint64 previous = at;
        at += m_random.between(plan.recent ? 30 : 120, plan.recent ? 20 * 60 : 24 * 60) * kMinuteMs;
        at = std::max(previous + kMinuteMs, std::min(at, m_world.nowMs - m_random.between(5, 60) * kMinuteMs));
        const bool byBuyer = to == S::WaitSellerConfirmGoods || (to == S::WaitSellerAgree) ||
                             (to == S::Closed && from != S::SellerRefuseBuyer && m_random.percent(70));
        const QString actor = byBuyer ? buyerNick : handler.nick;
        if (to == S::WaitSellerConfirmGoods) {
            const QString company = m_logistics.randomCompany();
            if (Status s = repository.setReturnShipment(*id, company, m_logistics.trackingNumber(company)); !s) {
                return s;
            }
        }
        if (Status s = repository.transition(*id, to, actor, noteFor(from, to, plan.type), at, from); !s) {
            return s;
        }
        from = to;
    }
    auto stored = repository.find(*id);
    if (!stored) {
        return stored.error();
    }
    m_world.afterSales.append(*stored);
    return {};
}

Result<int> DemoAfterSales::seed() {
    QList<QString> usedTids;
    int serial = 0;
    for (const Plan& plan : plans()) {
        const Order* order = pickOrder(plan, usedTids);
        if (!order) {
            continue;  // cannot happen with the demo's 500 orders; a smaller shop just gets fewer cases
        }
        if (Status s = seedOne(plan, *order, serial++); !s) {
            return s.error();
        }
    }
    return static_cast<int>(m_world.afterSales.size());
}

}  // namespace kefu
