#pragma once

#include "core/ManualClock.h"
#include "core/ShopTime.h"
#include "demo/DemoShopSeeder.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/AgentRepository.h"
#include "store/ShopRepository.h"
#include "support/TempStore.h"

#include <gtest/gtest.h>

#include <memory>

namespace kefu::test {

// A temporary store seeded with the demo shop at a fixed time, a manual clock at that time, the event bus and a
// context signed in as the first 售前 agent: what a workbench panel needs in a GUI test.
class DemoWorkbench {
public:
    static inline const qint64 kNow = ShopTime::fromShanghai(QDate(2026, 11, 23), 14, 30);

    DemoWorkbench() : m_clock(kNow) {
        const auto seeded = DemoShopSeeder(m_store.db()).seed(kNow);
        EXPECT_TRUE(seeded.ok()) << (seeded ? "" : seeded.error().message.toStdString());
        const auto shop = ShopRepository(m_store.db()).get();
        EXPECT_TRUE(shop.ok());
        const auto agents = AgentRepository(m_store.db()).list();
        EXPECT_TRUE(agents.ok() && !agents->isEmpty());
        Agent agent;
        for (const Agent& a : *agents) {
            if (a.role == AgentRole::PreSale) {
                agent = a;
                break;
            }
        }
        m_context = std::make_unique<WorkbenchContext>(
            WorkbenchContext{m_store.db(), m_clock, m_events, agent, shop ? *shop : Shop{}});
    }

    Database& db() { return m_store.db(); }
    QString path() const { return m_store.path(); }
    ManualClock& clock() { return m_clock; }
    WorkbenchEvents& events() { return m_events; }
    WorkbenchContext& context() { return *m_context; }

private:
    TempStore m_store;
    ManualClock m_clock;
    WorkbenchEvents m_events;
    std::unique_ptr<WorkbenchContext> m_context;
};

}  // namespace kefu::test
