#include "ScratchStore.h"

#include "core/SystemClock.h"
#include "demo/DemoShopSeeder.h"
#include "store/AgentRepository.h"
#include "store/Database.h"
#include "store/ShopRepository.h"

using namespace Qt::StringLiterals;

namespace kefu {

Result<std::unique_ptr<ScratchStore>> ScratchStore::create(const QString& connectionName) {
    std::unique_ptr<ScratchStore> store(new ScratchStore);
    if (!store->m_dir.isValid()) {
        return Error{ErrorCode::Io, u"cannot make a temporary folder"_s, store->m_dir.errorString()};
    }
    auto opened = Database::open(store->path(), connectionName);
    if (!opened) {
        return opened.error();
    }
    store->m_db = std::move(opened.value());
    if (auto seeded = DemoShopSeeder(*store->m_db).seed(SystemClock().nowMs()); !seeded) {
        return seeded.error();
    }
    Result<Shop> shop = ShopRepository(*store->m_db).get();
    Result<QList<Agent>> agents = AgentRepository(*store->m_db).list();
    if (!shop) {
        return shop.error();
    }
    if (!agents) {
        return agents.error();
    }
    store->m_shop = *shop;
    for (const Agent& agent : *agents) {
        if (agent.role == AgentRole::PreSale) {
            store->m_agent = agent;
            break;
        }
    }
    return store;
}

ScratchStore::~ScratchStore() {
    m_db.reset();
}

QString ScratchStore::path() const {
    return m_dir.filePath(u"live-bench.sqlite"_s);
}

}  // namespace kefu
