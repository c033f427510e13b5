#pragma once

#include "core/Order.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace kefu {

class Database;
class DemoLogistics;
class DemoPeople;
class DemoRandom;
struct DemoWorld;

// 500 orders across every Taobao trade status, in the proportions a shop sees, with lines from the catalogue,
// the promotions that were running when they were placed, and parcels for what has shipped.
class DemoOrders {
public:
    DemoOrders(Database& db, DemoRandom& random, DemoWorld& world, DemoPeople& people, DemoLogistics& logistics,
               QJsonObject peopleJson);

    struct Counts {
        int orders = 0;
        int shipments = 0;
    };
    Result<Counts> seed();

    static constexpr int kStalledParcels = 9;

private:
    Order makeOrder(TradeStatus status, bool stalled);
    void addLines(Order& order, int lines);
    void price(Order& order) const;
    void stampTimes(Order& order, bool stalled);
    void ship(Order& order, bool stalled);
    qint64 minutesAgo(qint64 lo, qint64 hi);
    QString uniqueId();

    Database& m_db;
    DemoRandom& m_random;
    DemoWorld& m_world;
    DemoPeople& m_people;
    DemoLogistics& m_logistics;
    QJsonObject m_peopleJson;
    QSet<QString> m_usedIds;  // membership only
};

}  // namespace kefu
