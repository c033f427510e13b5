#include "DemoWorkbench.h"

#include "store/ConversationRepository.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

// The fixture every workbench panel test starts from: a seeded shop and a 售前 agent signed in.
TEST(DemoWorkbenchTest, SignsInAPreSaleAgentOverTheDemoShop) {
    test::DemoWorkbench bench;
    EXPECT_EQ(bench.context().agent.role, AgentRole::PreSale);
    EXPECT_GT(bench.context().agent.id, 0);
    EXPECT_FALSE(bench.context().shop.name.isEmpty());
    EXPECT_EQ(bench.clock().nowMs(), test::DemoWorkbench::kNow);
    const auto conversations = ConversationRepository(bench.db()).count();
    ASSERT_TRUE(conversations.ok());
    EXPECT_EQ(*conversations, 300);
}

}  // namespace
}  // namespace kefu
