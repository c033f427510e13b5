// The scale generator at a thousandth of benchmark scale: it must keep working, or the benchmarks measure nothing.
#include "bench/ScaleGenerator.h"

#include "store/ConversationRepository.h"
#include "store/KnowledgeRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"
#include "support/TempStore.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

TEST(ScaleGeneratorTest, FillsEveryTableAtTheRequestedScaleFromRealTitles) {
    auto titles = ScaleGenerator::readLines(QStringLiteral(KEFU_SHARED_DATA_DIR "/taobao-product-titles.txt"));
    ASSERT_TRUE(titles.ok()) << titles.error().message.toStdString();
    ASSERT_GT(titles->size(), 5000);

    test::TempStore store;
    const auto scale = ScaleGenerator::Scale{}.scaled(0.001);
    ScaleGenerator generator(store.db(), scale, *titles, 1'795'000'000'000LL);
    auto timings = generator.run();
    ASSERT_TRUE(timings.ok()) << timings.error().message.toStdString() << timings.error().detail.toStdString();

    EXPECT_EQ(*ProductRepository(store.db()).count(), scale.products);
    EXPECT_EQ(*KnowledgeRepository(store.db()).count(), scale.articles);
    EXPECT_EQ(*ConversationRepository(store.db()).count(), scale.conversations);
    EXPECT_EQ(*MessageRepository(store.db()).count(), scale.messages);
    EXPECT_EQ(*OrderRepository(store.db()).count(), scale.orders);
    // Every fourth conversation ends on an unanswered buyer message.
    EXPECT_EQ(*ConversationRepository(store.db()).countWaiting(), scale.conversations / 4);

    // The first real title's leading word is findable, so product search runs against real text.
    auto hits = ProductRepository(store.db()).search(titles->first().left(2), 5);
    ASSERT_TRUE(hits.ok());
    EXPECT_FALSE(hits->isEmpty());
}

}  // namespace
}  // namespace kefu
