#pragma once

#include "core/RefundStatus.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kefu {

class Database;
class DemoLogistics;
class DemoRandom;
struct DemoWorld;
struct Order;

// 30 after-sales cases covering every type and every refund status, each walked through the repository's
// transition() so its timeline is a chain of legal RefundTransitions with believable actors, notes and gaps.
class DemoAfterSales {
public:
    DemoAfterSales(Database& db, DemoRandom& random, DemoWorld& world, DemoLogistics& logistics,
                   QJsonObject afterSales);
    Result<int> seed();

private:
    struct Plan {
        AfterSaleType type;
        QList<RefundStatus> path;  // after the creation in WaitSellerAgree
        bool recent;               // still being handled: created in the last days
    };
    static QList<Plan> plans();
    const Order* pickOrder(const Plan& plan, QList<QString>& usedTids);
    QJsonObject pickReason(AfterSaleType type, bool shipped);
    QString noteFor(RefundStatus from, RefundStatus to, AfterSaleType type);
    Status seedOne(const Plan& plan, const Order& order, int serial);

    Database& m_db;
    DemoRandom& m_random;
    DemoWorld& m_world;
    DemoLogistics& m_logistics;
    QJsonObject m_json;
};

}  // namespace kefu
