#include "demo/DemoShopSeeder.h"

#include "demo/DemoAfterSales.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoDialogues.h"
#include "demo/DemoLogistics.h"
#include "demo/DemoOrders.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRandom.h"
#include "demo/DemoResources.h"
#include "demo/DemoWorld.h"
#include "store/Database.h"
#include "store/ShopRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr quint64 kSeed = 0x4d754d69616e4a69ULL;  // "MuMianJi": the same shop on every machine
constexpr int kCustomers = 200;
constexpr int kConversations = 300;

}  // namespace

DemoShopSeeder::DemoShopSeeder(Database& db) : m_db(db) {}

Status DemoShopSeeder::seedAll(qint64 nowMs, DemoShopSummary& summary) {
    auto shopJson = DemoResources::load(u"shop.json"_s);
    auto peopleJson = DemoResources::load(u"people.json"_s);
    auto logisticsJson = DemoResources::load(u"logistics.json"_s);
    auto afterSalesJson = DemoResources::load(u"aftersales.json"_s);
    auto dialoguesJson = DemoResources::load(u"dialogues.json"_s);
    for (const auto* loaded : {&shopJson, &peopleJson, &logisticsJson, &afterSalesJson, &dialoguesJson}) {
        if (!*loaded) {
            return loaded->error();
        }
    }

    DemoRandom random(kSeed);
    DemoWorld world;
    world.nowMs = nowMs;
    const QJsonObject shop = shopJson->value(u"shop"_s).toObject();
    world.shop.name = shop.value(u"name"_s).toString();
    world.shop.platform = shop.value(u"platform"_s).toString();
    world.shop.sellerNick = shop.value(u"sellerNick"_s).toString();
    if (Status s = ShopRepository(m_db).save(world.shop); !s) {
        return s;
    }

    DemoPeople people(m_db, random, world, *peopleJson);
    DemoCatalog catalog(m_db, random, world);
    DemoLogistics logistics(random, *logisticsJson);

    auto agents = people.seedAgents(*shopJson);
    if (!agents) {
        return agents.error();
    }
    summary.agents = *agents;
    auto products = catalog.seedProducts();
    if (!products) {
        return products.error();
    }
    summary.products = products->products;
    summary.skus = products->skus;
    auto promotions = catalog.seedPromotions(shopJson->value(u"promotions"_s).toArray());
    auto phrases = catalog.seedPhrases();
    auto articles = catalog.seedKnowledge();
    for (const auto* r : {&promotions, &phrases, &articles}) {
        if (!*r) {
            return r->error();
        }
    }
    summary.promotions = *promotions;
    summary.phrases = *phrases;
    summary.articles = *articles;

    auto customers = people.seedCustomers(kCustomers);
    if (!customers) {
        return customers.error();
    }
    summary.customers = *customers;
    auto orders = DemoOrders(m_db, random, world, people, logistics, *peopleJson).seed();
    if (!orders) {
        return orders.error();
    }
    summary.orders = orders->orders;
    summary.shipments = orders->shipments;
    auto cases = DemoAfterSales(m_db, random, world, logistics, *afterSalesJson).seed();
    if (!cases) {
        return cases.error();
    }
    summary.afterSales = *cases;
    auto chats = DemoDialogues(m_db, random, world, people, *dialoguesJson).seed(kConversations);
    if (!chats) {
        return chats.error();
    }
    summary.conversations = chats->conversations;
    summary.messages = chats->messages;
    return {};
}

Result<DemoShopSummary> DemoShopSeeder::seed(qint64 nowMs) {
    DemoShopSummary summary;
    // The check runs inside the write transaction, so two instances starting on one new store cannot both seed.
    const Status seeded = m_db.transaction([&]() -> Status {
        Result<Shop> existing = ShopRepository(m_db).get();
        if (existing) {
            return Error{ErrorCode::InvalidInput,
                         u"当前数据库已经有店铺“%1”，不能再载入示例店铺。"_s.arg(existing->name),
                         u"demo seed refused: the store already has a shop"_s};
        }
        if (existing.error().code != ErrorCode::NotFound) {
            return existing.error();
        }
        return seedAll(nowMs, summary);
    });
    if (!seeded) {
        return seeded.error();
    }
    return summary;
}

}  // namespace kefu
