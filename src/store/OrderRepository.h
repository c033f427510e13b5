#pragma once

#include "core/Order.h"
#include "core/Result.h"
#include "core/Shipment.h"
#include "core/TradeStatus.h"
#include "store/CustomerOrderStats.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <utility>

namespace kefu {

class Database;

// Orders (trade + items + receiver) with their shipments and tracking events.
// Prepared statements are kept for the repository's lifetime, so a bulk load inside one outer
// Database::transaction does not re-parse SQL per order. Destroy the repository before its Database.
class OrderRepository {
public:
    explicit OrderRepository(Database& db);
    ~OrderRepository();
    OrderRepository(const OrderRepository&) = delete;
    OrderRepository& operator=(const OrderRepository&) = delete;

    // Inserts the trade, its items (in list order), shipments and their events in one transaction; nothing is
    // left behind when any part fails. A duplicate tid/oid or an unknown customer is ErrorCode::Constraint.
    Status add(const Order& order);
    // The whole aggregate: items in position order, shipments in consignment order with events oldest first.
    Result<Order> find(const QString& tid);
    // Newest first (created_at_ms, then tid), whole aggregates.
    Result<QList<Order>> listForCustomer(qint64 customerId, int limit = 20);
    // Newest first; `after` is the (createdAtMs, tid) of the last order of the previous page (keyset paging).
    Result<QList<Order>> listByStatus(TradeStatus status, int limit,
                                      std::optional<std::pair<qint64, QString>> after = std::nullopt);
    Result<CustomerOrderStats> statsForCustomer(qint64 customerId);

    // InvalidInput when the order has shipped (tradeStatusAllowsAddressChange) or ReceiverRules::validate fails.
    Status updateReceiver(const QString& tid, const Receiver& receiver);
    // flag 0–5 (none, red, yellow, green, blue, purple), else InvalidInput.
    Status updateSellerMemo(const QString& tid, const QString& memo, int flag);
    // Also stamps paid/consigned/end times (only when not already set) as the new status implies.
    Status updateStatus(const QString& tid, TradeStatus status, qint64 atMs);
    // The platform's order.updated (live channel): status, payment and Taobao's `modified`, stamping times like
    // updateStatus. A trade not in the store is created with what the update carries (no items, no receiver).
    // An update older than the one stored is ignored: returns false; true when stored.
    Result<bool> applyPlatformUpdate(const QString& tid, qint64 customerId, TradeStatus status, Money payment,
                                     qint64 modifiedAtMs);
    // Inserts the shipment and its events; an order waiting for goods moves to WAIT_BUYER_CONFIRM_GOODS with
    // consigned_at set. Returns the new shipment id. A reused (company, tracking number) is Constraint.
    Result<qint64> addShipment(const Shipment& shipment);
    // Appends a tracking event; NotFound for an unknown shipment.
    Status addShipmentEvent(qint64 shipmentId, const ShipmentEvent& event);
    Result<int> count();
    // How many orders are in each status (statuses with none are absent), for the overview and dashboards.
    Result<QMap<TradeStatus, int>> countByStatus();

private:
    class Statements;
    Result<qint64> insertShipment(const Shipment& shipment);
    Status loadChildren(QList<Order>& orders);
    Status loadItems(Order& order);
    Status loadShipments(Order& order);
    Result<TradeStatus> statusOf(const QString& tid);

    Database& m_db;
    std::unique_ptr<Statements> m_statements;
};

}  // namespace kefu
