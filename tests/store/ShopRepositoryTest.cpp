#include "support/TempStore.h"

#include "store/ShopRepository.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

TEST(ShopRepositoryTest, NewStoreHasNoShop) {
    test::TempStore store;
    Result<Shop> shop = ShopRepository(store.db()).get();
    ASSERT_FALSE(shop.ok());
    EXPECT_EQ(shop.error().code, ErrorCode::NotFound);
}

TEST(ShopRepositoryTest, SaveThenGetRoundTripsAndSaveReplaces) {
    test::TempStore store;
    ShopRepository shops(store.db());
    ASSERT_TRUE(shops.save(Shop{u"优衣坊旗舰店"_s, u"tmall"_s, u"优衣坊旗舰店"_s}).ok());
    Result<Shop> shop = shops.get();
    ASSERT_TRUE(shop.ok());
    EXPECT_EQ(shop->name, u"优衣坊旗舰店"_s);
    EXPECT_EQ(shop->platform, u"tmall"_s);
    EXPECT_EQ(shop->sellerNick, u"优衣坊旗舰店"_s);

    ASSERT_TRUE(shops.save(Shop{u"小林家居"_s, u"taobao"_s, u"xiaolin_home"_s}).ok());
    shop = shops.get();
    ASSERT_TRUE(shop.ok());
    EXPECT_EQ(shop->name, u"小林家居"_s);
    EXPECT_EQ(shop->platform, u"taobao"_s);
    EXPECT_EQ(shop->sellerNick, u"xiaolin_home"_s);
}

TEST(ShopRepositoryTest, UnknownPlatformIsAConstraintError) {
    test::TempStore store;
    const Status saved = ShopRepository(store.db()).save(Shop{u"店"_s, u"jd"_s, u"店"_s});
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::Constraint);
    EXPECT_EQ(ShopRepository(store.db()).get().error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace kefu
