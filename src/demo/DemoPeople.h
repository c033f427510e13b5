#pragma once

#include "core/Order.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace kefu {

class Database;
class DemoRandom;
struct DemoWorld;

// The people of the demo shop: its agents (shop.json) and 200 buyers generated from the name parts, regions and
// tags in people.json, each with a usual receiver for their orders.
class DemoPeople {
public:
    DemoPeople(Database& db, DemoRandom& random, DemoWorld& world, QJsonObject people);

    Result<int> seedAgents(const QJsonObject& shopJson);
    Result<int> seedCustomers(int count);
    // A receiver somewhere in China with a name and a mobile number: someone the buyer sends a parcel to.
    Receiver randomReceiver();
    QString randomPhone();

private:
    QString uniqueNick();
    QString candidateNick();
    QString personName();

    Database& m_db;
    DemoRandom& m_random;
    DemoWorld& m_world;
    QJsonObject m_people;
    QSet<QString> m_usedNicks;  // membership only: never iterated, so its hash order cannot leak into the data
    int m_nextWholeNick = 0;
};

}  // namespace kefu
