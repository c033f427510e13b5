#pragma once

#include "core/Result.h"

#include <QtGlobal>

namespace kefu {

class Database;

struct DemoShopSummary {
    int products = 0;
    int skus = 0;
    int promotions = 0;
    int phrases = 0;
    int articles = 0;
    int agents = 0;
    int customers = 0;
    int orders = 0;
    int shipments = 0;
    int afterSales = 0;
    int conversations = 0;
    int messages = 0;
};

// The demo shop a new user meets on first start (木棉纪旗舰店): catalogue, people, orders, after-sales and a live
// inbox, generated deterministically from resources/demo/*.json and a fixed seed, every time relative to nowMs.
class DemoShopSeeder {
public:
    explicit DemoShopSeeder(Database& db);
    // Loads the whole demo shop through the repositories in one transaction. Refuses (Error InvalidInput) if the
    // store already has a shop, so it never mixes with real data.
    Result<DemoShopSummary> seed(qint64 nowMs);

private:
    Status seedAll(qint64 nowMs, DemoShopSummary& summary);

    Database& m_db;
};

}  // namespace kefu
