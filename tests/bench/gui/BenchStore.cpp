#include "BenchStore.h"

#include "bench/PhraseLibrary.h"
#include "store/AgentRepository.h"
#include "store/Database.h"
#include "store/QuickPhraseRepository.h"
#include "store/ShopRepository.h"

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

const QString kShopName = u"木棉纪旗舰店"_s;

Status ensureShop(Database& db, bool& changed) {
    ShopRepository shops(db);
    if (shops.get()) {
        return {};
    }
    changed = true;
    return shops.save(Shop{kShopName, u"tmall"_s, kShopName});
}

Status ensureAgents(Database& db, bool& changed) {
    AgentRepository agents(db);
    const Result<QList<Agent>> all = agents.list();
    if (!all) {
        return all.error();
    }
    if (!all->isEmpty()) {
        return {};
    }
    changed = true;
    const QList<Agent> team = {
        {0, kShopName + u":小棉"_s, u"小棉"_s, AgentRole::PreSale, AgentStatus::Offline},
        {0, kShopName + u":阿木"_s, u"阿木"_s, AgentRole::PreSale, AgentStatus::Offline},
        {0, kShopName + u":售后小纪"_s, u"小纪"_s, AgentRole::AfterSale, AgentStatus::Offline},
        {0, kShopName + u":主管"_s, u"林主管"_s, AgentRole::Supervisor, AgentStatus::Offline},
    };
    for (const Agent& agent : team) {
        if (Result<qint64> id = agents.add(agent); !id) {
            return id.error();
        }
    }
    return {};
}

Status ensurePhrases(Database& db, bool& changed) {
    QuickPhraseRepository phrases(db);
    const Result<int> count = phrases.count();
    if (!count) {
        return count.error();
    }
    if (*count >= BenchStore::kPhraseCount) {
        return {};
    }
    changed = true;
    return phrases.importPhrases(generatePhraseLibrary(BenchStore::kPhraseCount - *count));
}

}  // namespace

Result<BenchStore::Prepared> BenchStore::prepare(Database& db) {
    Prepared prepared;
    const Status written = db.transaction([&db, &prepared]() -> Status {
        if (Status s = ensureShop(db, prepared.changed); !s) {
            return s;
        }
        if (Status s = ensureAgents(db, prepared.changed); !s) {
            return s;
        }
        return ensurePhrases(db, prepared.changed);
    });
    if (!written) {
        return written.error();
    }
    Result<Shop> shop = ShopRepository(db).get();
    Result<QList<Agent>> agents = AgentRepository(db).list();
    Result<int> phrases = QuickPhraseRepository(db).count();
    if (!shop || !agents || !phrases) {
        return !shop ? shop.error() : !agents ? agents.error() : phrases.error();
    }
    prepared.shop = *shop;
    prepared.phrases = *phrases;
    prepared.agent = agents->first();
    for (const Agent& agent : *agents) {
        if (agent.role == AgentRole::PreSale) {
            prepared.agent = agent;
            break;
        }
    }
    // Signed in, as the launcher marks the agent: the workbench behaves as for a working agent.
    if (AgentRepository(db).setStatus(prepared.agent.id, AgentStatus::Online)) {
        prepared.agent.status = AgentStatus::Online;
    }
    return prepared;
}

}  // namespace kefu
