#include "store/OrderRepository.h"

#include "store/Database.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace kefu {

using namespace Qt::StringLiterals;

class OrderRepository::Statements : public StatementCache {
public:
    using StatementCache::StatementCache;
};

namespace {

QString unknownStatus() {
    return QCoreApplication::translate("kefu::Store", "订单数据已损坏（未知的订单状态）");
}

QString readFailed() {
    return QCoreApplication::translate("kefu::Store", "读取订单失败");
}

QString saveFailed() {
    return QCoreApplication::translate("kefu::Store", "保存订单失败");
}

const QString kTradeColumns =
    u"tid, customer_id, status, receiver_name, receiver_phone, receiver_province, receiver_city, "
    "receiver_district, receiver_address, receiver_zip, total_fee_fen, post_fee_fen, discount_fee_fen, "
    "payment_fen, created_at_ms, paid_at_ms, consigned_at_ms, end_at_ms, seller_memo, seller_flag, buyer_message"_s;

// NULL for an empty optional, so nullable columns round-trip.
QVariant nullable(const std::optional<qint64>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalInt(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Error notFound(const QString& tid) {
    return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::Store", "找不到订单 %1").arg(tid),
                 u"no trade with tid "_s + tid};
}

// One row in kTradeColumns order; items and shipments are loaded separately.
Result<Order> tradeFromRow(const QSqlQuery& q) {
    Order o;
    o.tid = q.value(0).toString();
    o.customerId = q.value(1).toLongLong();
    const auto status = tradeStatusFromName(q.value(2).toString());
    if (!status) {
        return Error{ErrorCode::Corrupt, unknownStatus(),
                     u"trade "_s + o.tid + u" has status "_s + q.value(2).toString()};
    }
    o.status = *status;
    o.receiver.name = q.value(3).toString();
    o.receiver.phone = q.value(4).toString();
    o.receiver.province = q.value(5).toString();
    o.receiver.city = q.value(6).toString();
    o.receiver.district = q.value(7).toString();
    o.receiver.address = q.value(8).toString();
    o.receiver.zip = q.value(9).toString();
    o.totalFee = Money::fromFen(q.value(10).toLongLong());
    o.postFee = Money::fromFen(q.value(11).toLongLong());
    o.discountFee = Money::fromFen(q.value(12).toLongLong());
    o.payment = Money::fromFen(q.value(13).toLongLong());
    o.createdAtMs = q.value(14).toLongLong();
    o.paidAtMs = optionalInt(q.value(15));
    o.consignedAtMs = optionalInt(q.value(16));
    o.endAtMs = optionalInt(q.value(17));
    o.sellerMemo = q.value(18).toString();
    o.sellerFlag = q.value(19).toInt();
    o.buyerMessage = q.value(20).toString();
    return o;
}

// Reads every row of an executed trade query, then releases the cursor before children are loaded.
Result<QList<Order>> readTrades(QSqlQuery* q) {
    QList<Order> orders;
    while (q->next()) {
        auto order = tradeFromRow(*q);
        if (!order) {
            q->finish();
            return order.error();
        }
        orders.append(std::move(order).value());
    }
    q->finish();
    return orders;
}

// Statuses that stamp a time the first time an order reaches them.
bool stampsPaid(TradeStatus s) {
    return tradeStatusIsPaid(s) && s != TradeStatus::TradeClosed && s != TradeStatus::TradeClosedByTaobao;
}
bool stampsConsigned(TradeStatus s) {
    return s == TradeStatus::SellerConsignedPart || s == TradeStatus::WaitBuyerConfirmGoods ||
           s == TradeStatus::TradeBuyerSigned;
}
bool stampsEnd(TradeStatus s) {
    return s == TradeStatus::TradeFinished || s == TradeStatus::TradeClosed || s == TradeStatus::TradeClosedByTaobao;
}

Error addressLocked(TradeStatus s) {
    const bool shipped = s == TradeStatus::SellerConsignedPart || s == TradeStatus::WaitBuyerConfirmGoods ||
                         s == TradeStatus::TradeBuyerSigned || s == TradeStatus::TradeFinished;
    const QString message =
        shipped
            ? QCoreApplication::translate("kefu::Store", "订单已发货，不能修改收货地址")
            : QCoreApplication::translate("kefu::Store", "订单当前为「%1」，不能修改收货地址").arg(tradeStatusLabel(s));
    return Error{ErrorCode::InvalidInput, message, u"address change refused in "_s + tradeStatusName(s)};
}

}  // namespace

OrderRepository::OrderRepository(Database& db)
    : m_db(db), m_statements(std::make_unique<Statements>(db.connection())) {}

OrderRepository::~OrderRepository() = default;

Status OrderRepository::add(const Order& order) {
    return m_db.transaction([&]() -> Status {
        static const QString insertTrade =
            u"INSERT INTO trade ("_s + kTradeColumns +
            u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        const Receiver& r = order.receiver;
        auto trade = m_statements->exec(insertTrade,
                                        {order.tid,
                                         order.customerId,
                                         tradeStatusName(order.status),
                                         r.name,
                                         r.phone,
                                         r.province,
                                         r.city,
                                         r.district,
                                         r.address,
                                         r.zip,
                                         order.totalFee.fen(),
                                         order.postFee.fen(),
                                         order.discountFee.fen(),
                                         order.payment.fen(),
                                         order.createdAtMs,
                                         nullable(order.paidAtMs),
                                         nullable(order.consignedAtMs),
                                         nullable(order.endAtMs),
                                         order.sellerMemo,
                                         order.sellerFlag,
                                         order.buyerMessage},
                                        saveFailed());
        if (!trade) {
            return trade.error();
        }
        for (int i = 0; i < order.items.size(); ++i) {
            const OrderItem& item = order.items.at(i);
            auto inserted = m_statements->exec(
                u"INSERT INTO trade_item (oid, tid, position, product_id, sku_id, title, sku_text, quantity, "
                "price_fen, payment_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {item.oid, order.tid, i, nullable(item.productId), nullable(item.skuId), item.title, item.skuText,
                 item.quantity, item.price.fen(), item.payment.fen()},
                saveFailed());
            if (!inserted) {
                return inserted.error();
            }
        }
        for (Shipment shipment : order.shipments) {
            shipment.tid = order.tid;
            if (auto id = insertShipment(shipment); !id) {
                return id.error();
            }
        }
        return {};
    });
}

Result<qint64> OrderRepository::insertShipment(const Shipment& shipment) {
    auto inserted = m_statements->exec(
        u"INSERT INTO shipment (tid, company, tracking_number, consigned_at_ms) VALUES (?, ?, ?, ?)"_s,
        {shipment.tid, shipment.company, shipment.trackingNumber, shipment.consignedAtMs}, saveFailed());
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = (*inserted)->lastInsertId().toLongLong();
    for (int i = 0; i < shipment.events.size(); ++i) {
        const ShipmentEvent& e = shipment.events.at(i);
        auto event = m_statements->exec(
            u"INSERT INTO shipment_event (shipment_id, position, at_ms, description, location) "
            "VALUES (?, ?, ?, ?, ?)"_s,
            {id, i, e.atMs, e.description, e.location}, saveFailed());
        if (!event) {
            return event.error();
        }
    }
    return id;
}

Result<Order> OrderRepository::find(const QString& tid) {
    static const QString sql = u"SELECT "_s + kTradeColumns + u" FROM trade WHERE tid = ?"_s;
    auto q = m_statements->exec(sql, {tid}, readFailed());
    if (!q) {
        return q.error();
    }
    auto orders = readTrades(*q);
    if (!orders) {
        return orders.error();
    }
    if (orders->isEmpty()) {
        return notFound(tid);
    }
    if (Status loaded = loadChildren(*orders); !loaded) {
        return loaded.error();
    }
    return orders->first();
}

Result<QList<Order>> OrderRepository::listForCustomer(qint64 customerId, int limit) {
    static const QString sql = u"SELECT "_s + kTradeColumns +
                               u" FROM trade WHERE customer_id = ? ORDER BY created_at_ms DESC, tid DESC LIMIT ?"_s;
    auto q = m_statements->exec(sql, {customerId, qMax(0, limit)}, readFailed());
    if (!q) {
        return q.error();
    }
    auto orders = readTrades(*q);
    if (orders) {
        if (Status loaded = loadChildren(*orders); !loaded) {
            return loaded.error();
        }
    }
    return orders;
}

Result<QList<Order>> OrderRepository::listByStatus(TradeStatus status, int limit,
                                                   std::optional<std::pair<qint64, QString>> after) {
    static const QString firstPage =
        u"SELECT "_s + kTradeColumns + u" FROM trade WHERE status = ? ORDER BY created_at_ms DESC, tid DESC LIMIT ?"_s;
    // Row-value comparison walks the (status, created_at_ms DESC, tid) index from the previous page's last row.
    static const QString nextPage = u"SELECT "_s + kTradeColumns +
                                    u" FROM trade WHERE status = ? AND (created_at_ms, tid) < (?, ?) "
                                    "ORDER BY created_at_ms DESC, tid DESC LIMIT ?"_s;
    auto q = after ? m_statements->exec(
                         nextPage, {tradeStatusName(status), after->first, after->second, qMax(0, limit)}, readFailed())
                   : m_statements->exec(firstPage, {tradeStatusName(status), qMax(0, limit)}, readFailed());
    if (!q) {
        return q.error();
    }
    auto orders = readTrades(*q);
    if (orders) {
        if (Status loaded = loadChildren(*orders); !loaded) {
            return loaded.error();
        }
    }
    return orders;
}

Status OrderRepository::loadChildren(QList<Order>& orders) {
    for (Order& order : orders) {
        if (Status items = loadItems(order); !items) {
            return items;
        }
        if (Status shipments = loadShipments(order); !shipments) {
            return shipments;
        }
    }
    return {};
}

Status OrderRepository::loadItems(Order& order) {
    auto q = m_statements->exec(
        u"SELECT oid, product_id, sku_id, title, sku_text, quantity, price_fen, payment_fen "
        "FROM trade_item WHERE tid = ? ORDER BY position"_s,
        {order.tid}, readFailed());
    if (!q) {
        return q.error();
    }
    QSqlQuery* r = *q;
    while (r->next()) {
        OrderItem item;
        item.oid = r->value(0).toString();
        item.productId = optionalInt(r->value(1));
        item.skuId = optionalInt(r->value(2));
        item.title = r->value(3).toString();
        item.skuText = r->value(4).toString();
        item.quantity = r->value(5).toInt();
        item.price = Money::fromFen(r->value(6).toLongLong());
        item.payment = Money::fromFen(r->value(7).toLongLong());
        order.items.append(item);
    }
    r->finish();
    return {};
}

Status OrderRepository::loadShipments(Order& order) {
    auto q = m_statements->exec(
        u"SELECT id, company, tracking_number, consigned_at_ms FROM shipment WHERE tid = ? "
        "ORDER BY consigned_at_ms, id"_s,
        {order.tid}, readFailed());
    if (!q) {
        return q.error();
    }
    QSqlQuery* r = *q;
    while (r->next()) {
        Shipment s;
        s.id = r->value(0).toLongLong();
        s.tid = order.tid;
        s.company = r->value(1).toString();
        s.trackingNumber = r->value(2).toString();
        s.consignedAtMs = r->value(3).toLongLong();
        order.shipments.append(s);
    }
    r->finish();
    for (Shipment& s : order.shipments) {
        auto events = m_statements->exec(
            u"SELECT at_ms, description, location FROM shipment_event WHERE shipment_id = ? "
            "ORDER BY at_ms, position"_s,
            {s.id}, readFailed());
        if (!events) {
            return events.error();
        }
        QSqlQuery* e = *events;
        while (e->next()) {
            s.events.append(ShipmentEvent{e->value(0).toLongLong(), e->value(1).toString(), e->value(2).toString()});
        }
        e->finish();
    }
    return {};
}

Result<CustomerOrderStats> OrderRepository::statsForCustomer(qint64 customerId) {
    // Grouped by status so "paid" stays defined in one place (tradeStatusIsPaid), not copied into SQL.
    auto q = m_statements->exec(
        u"SELECT status, COUNT(*), SUM(payment_fen), MAX(created_at_ms) FROM trade WHERE customer_id = ? "
        "GROUP BY status"_s,
        {customerId}, readFailed());
    if (!q) {
        return q.error();
    }
    QSqlQuery* r = *q;
    CustomerOrderStats stats;
    while (r->next()) {
        stats.orderCount += r->value(1).toInt();
        const auto status = tradeStatusFromName(r->value(0).toString());
        if (status && tradeStatusIsPaid(*status)) {
            stats.totalSpend += Money::fromFen(r->value(2).toLongLong());
        }
        const qint64 last = r->value(3).toLongLong();
        if (!stats.lastPurchaseAtMs || last > *stats.lastPurchaseAtMs) {
            stats.lastPurchaseAtMs = last;
        }
    }
    r->finish();
    return stats;
}

Result<TradeStatus> OrderRepository::statusOf(const QString& tid) {
    auto q = m_statements->exec(u"SELECT status FROM trade WHERE tid = ?"_s, {tid}, readFailed());
    if (!q) {
        return q.error();
    }
    QSqlQuery* r = *q;
    const bool found = r->next();
    const QString name = found ? r->value(0).toString() : QString();
    r->finish();
    if (!found) {
        return notFound(tid);
    }
    const auto status = tradeStatusFromName(name);
    if (!status) {
        return Error{ErrorCode::Corrupt, unknownStatus(), u"status "_s + name};
    }
    return *status;
}

Status OrderRepository::updateReceiver(const QString& tid, const Receiver& receiver) {
    return m_db.transaction([&]() -> Status {
        auto status = statusOf(tid);
        if (!status) {
            return status.error();
        }
        if (!tradeStatusAllowsAddressChange(*status)) {
            return addressLocked(*status);
        }
        if (const QString reason = ReceiverRules::validate(receiver); !reason.isEmpty()) {
            return Error{ErrorCode::InvalidInput, reason, u"receiver rejected by ReceiverRules"_s};
        }
        auto updated = m_statements->exec(
            u"UPDATE trade SET receiver_name = ?, receiver_phone = ?, receiver_province = ?, receiver_city = ?, "
            "receiver_district = ?, receiver_address = ?, receiver_zip = ? WHERE tid = ? AND status = ?"_s,
            {receiver.name, receiver.phone, receiver.province, receiver.city, receiver.district, receiver.address,
             receiver.zip, tid, tradeStatusName(*status)},
            QCoreApplication::translate("kefu::Store", "修改收货地址失败"));
        if (!updated) {
            return updated.error();
        }
        if ((*updated)->numRowsAffected() != 1) {
            return Error{ErrorCode::Busy, QCoreApplication::translate("kefu::Store", "订单已被他人修改，请刷新"),
                         u"trade status changed underneath"_s};
        }
        return {};
    });
}

Status OrderRepository::updateSellerMemo(const QString& tid, const QString& memo, int flag) {
    if (flag < 0 || flag > 5) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "旗帜颜色无效"),
                     u"seller flag "_s + QString::number(flag)};
    }
    auto updated = m_statements->exec(u"UPDATE trade SET seller_memo = ?, seller_flag = ? WHERE tid = ?"_s,
                                      {memo, flag, tid}, QCoreApplication::translate("kefu::Store", "保存备注失败"));
    if (!updated) {
        return updated.error();
    }
    if ((*updated)->numRowsAffected() != 1) {
        return notFound(tid);
    }
    return {};
}

Status OrderRepository::updateStatus(const QString& tid, TradeStatus status, qint64 atMs) {
    auto updated = m_statements->exec(
        u"UPDATE trade SET status = ?, "
        "paid_at_ms = CASE WHEN ? THEN COALESCE(paid_at_ms, ?) ELSE paid_at_ms END, "
        "consigned_at_ms = CASE WHEN ? THEN COALESCE(consigned_at_ms, ?) ELSE consigned_at_ms END, "
        "end_at_ms = CASE WHEN ? THEN COALESCE(end_at_ms, ?) ELSE end_at_ms END WHERE tid = ?"_s,
        {tradeStatusName(status), stampsPaid(status), atMs, stampsConsigned(status), atMs, stampsEnd(status), atMs,
         tid},
        QCoreApplication::translate("kefu::Store", "更新订单状态失败"));
    if (!updated) {
        return updated.error();
    }
    if ((*updated)->numRowsAffected() != 1) {
        return notFound(tid);
    }
    return {};
}

Result<bool> OrderRepository::applyPlatformUpdate(const QString& tid, qint64 customerId, TradeStatus status,
                                                  Money payment, qint64 modifiedAtMs) {
    bool stored = false;
    Status done = m_db.transaction([&]() -> Status {
        auto current = m_statements->exec(u"SELECT modified_at_ms FROM trade WHERE tid = ?"_s, {tid}, readFailed());
        if (!current) {
            return current.error();
        }
        const bool exists = (*current)->next();
        const QVariant storedModified = exists ? (*current)->value(0) : QVariant();
        (*current)->finish();
        if (exists && !storedModified.isNull() && storedModified.toLongLong() > modifiedAtMs) {
            return {};  // a late update: the stored one is newer
        }
        if (!exists) {
            auto inserted = m_statements->exec(
                u"INSERT INTO trade (tid, customer_id, status, total_fee_fen, payment_fen, created_at_ms) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                {tid, customerId, tradeStatusName(status), payment.fen(), payment.fen(), modifiedAtMs}, saveFailed());
            if (!inserted) {
                return inserted.error();
            }
        }
        if (Status moved = updateStatus(tid, status, modifiedAtMs); !moved) {
            return moved;
        }
        auto updated = m_statements->exec(u"UPDATE trade SET payment_fen = ?, modified_at_ms = ? WHERE tid = ?"_s,
                                          {payment.fen(), modifiedAtMs, tid}, saveFailed());
        if (!updated) {
            return updated.error();
        }
        stored = true;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return stored;
}

Result<qint64> OrderRepository::addShipment(const Shipment& shipment) {
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto inserted = insertShipment(shipment);
        if (!inserted) {
            return inserted.error();
        }
        id = *inserted;
        auto moved = m_statements->exec(
            u"UPDATE trade SET status = ?, consigned_at_ms = COALESCE(consigned_at_ms, ?) "
            "WHERE tid = ? AND status IN (?, ?)"_s,
            {tradeStatusName(TradeStatus::WaitBuyerConfirmGoods), shipment.consignedAtMs, shipment.tid,
             tradeStatusName(TradeStatus::WaitSellerSendGoods), tradeStatusName(TradeStatus::SellerConsignedPart)},
            saveFailed());
        if (!moved) {
            return moved.error();
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Status OrderRepository::addShipmentEvent(qint64 shipmentId, const ShipmentEvent& event) {
    return m_db.transaction([&]() -> Status {
        auto next = m_statements->exec(
            u"SELECT COUNT(*), (SELECT COALESCE(MAX(position) + 1, 0) FROM shipment_event WHERE shipment_id = ?) "
            "FROM shipment WHERE id = ?"_s,
            {shipmentId, shipmentId}, readFailed());
        if (!next) {
            return next.error();
        }
        QSqlQuery* r = *next;
        r->next();
        const bool exists = r->value(0).toInt() == 1;
        const int position = r->value(1).toInt();
        r->finish();
        if (!exists) {
            return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::Store", "找不到该物流单"),
                         u"no shipment "_s + QString::number(shipmentId)};
        }
        auto inserted = m_statements->exec(
            u"INSERT INTO shipment_event (shipment_id, position, at_ms, description, location) "
            "VALUES (?, ?, ?, ?, ?)"_s,
            {shipmentId, position, event.atMs, event.description, event.location}, saveFailed());
        if (!inserted) {
            return inserted.error();
        }
        return {};
    });
}

Result<int> OrderRepository::count() {
    return m_statements->scalarInt(u"SELECT COUNT(*) FROM trade"_s, {}, readFailed());
}

Result<QMap<TradeStatus, int>> OrderRepository::countByStatus() {
    return m_statements->countsByKey<TradeStatus>(u"SELECT status, COUNT(*) FROM trade GROUP BY status"_s,
                                                  &tradeStatusFromName, readFailed());
}

}  // namespace kefu
