// What a shop assistant types into the product search, and what it must find: title words, SKU colours and sizes,
// short Latin and digit words, model numbers, and attribute queries over attributes and SKU specs alike.
#include "store/ProductRepository.h"

#include "support/IsOk.h"
#include "support/TempStore.h"
#include "unit/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

Sku sku(const QString& skuId, const QString& color, const QString& size) {
    Sku s;
    s.skuId = skuId;
    s.spec = {{u"颜色"_s, color}, {u"尺码"_s, size}};
    s.price = Money::fromFen(9900);
    s.stock = 3;
    return s;
}

Product product(const QString& numIid, const QString& title, const QList<Sku>& skus,
                const QList<ProductAttribute>& attributes = {}) {
    Product p;
    p.numIid = numIid;
    p.title = title;
    p.category = u"女装/连衣裙"_s;
    p.price = Money::fromFen(9900);
    p.skus = skus;
    p.attributes = attributes;
    return p;
}

QStringList titles(const Result<QList<ProductHit>>& hits) {
    QStringList result;
    for (const ProductHit& hit : hits.value()) {
        result.append(hit.title);
    }
    return result;
}

class ProductRepositorySearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        add(product(u"1"_s, u"2024新款 碎花连衣裙 A字裙"_s,
                    {sku(u"11"_s, u"白色"_s, u"S"_s), sku(u"12"_s, u"白色"_s, u"M"_s)}, {{u"面料"_s, u"雪纺"_s}}));
        add(product(u"2"_s, u"黑色小礼服 法式收腰"_s,
                    {sku(u"21"_s, u"黑色"_s, u"M"_s), sku(u"22"_s, u"黑色"_s, u"L"_s)}, {{u"面料"_s, u"聚酯纤维"_s}}));
        add(product(u"3"_s, u"纯棉T恤 宽松 iPhone15 图案"_s,
                    {sku(u"31"_s, u"白色"_s, u"XL"_s), sku(u"32"_s, u"黑色"_s, u"XXL"_s)}, {{u"面料"_s, u"纯棉"_s}}));
        add(product(u"4"_s, u"针织开衫 SL200 两穿"_s, {sku(u"41"_s, u"杏色"_s, u"S"_s)}, {{u"面料"_s, u"羊毛混纺"_s}}));
    }

    void add(const Product& p) { ASSERT_TRUE(test::isOk(m_products.add(p))); }

    test::TempStore m_store;
    ProductRepository m_products{m_store.db()};
};

TEST_F(ProductRepositorySearchTest, FindsShortLatinAndDigitWordsWhole) {
    EXPECT_EQ(titles(m_products.search(u"xl"_s)), QStringList{u"纯棉T恤 宽松 iPhone15 图案"_s});
    EXPECT_EQ(titles(m_products.search(u"XXL"_s)), QStringList{u"纯棉T恤 宽松 iPhone15 图案"_s});
    // One or two letters match whole words only: "s" is the size S, not every word that starts with s (SL200).
    EXPECT_EQ(titles(m_products.search(u"s"_s)),
              (QStringList{u"2024新款 碎花连衣裙 A字裙"_s, u"针织开衫 SL200 两穿"_s}));
    EXPECT_EQ(titles(m_products.search(u"a字"_s)), QStringList{u"2024新款 碎花连衣裙 A字裙"_s});
    EXPECT_EQ(titles(m_products.search(u"15"_s)), QStringList{u"纯棉T恤 宽松 iPhone15 图案"_s});
}

TEST_F(ProductRepositorySearchTest, FindsYearsAndModelNumbersByPrefixFromThreeCharacters) {
    EXPECT_EQ(titles(m_products.search(u"2024"_s)), QStringList{u"2024新款 碎花连衣裙 A字裙"_s});
    EXPECT_EQ(titles(m_products.search(u"202"_s)), QStringList{u"2024新款 碎花连衣裙 A字裙"_s});
    EXPECT_EQ(titles(m_products.search(u"2024款"_s)), QStringList{u"2024新款 碎花连衣裙 A字裙"_s});
    EXPECT_EQ(titles(m_products.search(u"iph"_s)), QStringList{u"纯棉T恤 宽松 iPhone15 图案"_s});
    EXPECT_EQ(titles(m_products.search(u"iphone15"_s)), QStringList{u"纯棉T恤 宽松 iPhone15 图案"_s});
    EXPECT_EQ(titles(m_products.search(u"sl200"_s)), QStringList{u"针织开衫 SL200 两穿"_s});
    // A model number being typed: the short last part makes the whole run the prefix.
    EXPECT_EQ(titles(m_products.search(u"SL2"_s)), QStringList{u"针织开衫 SL200 两穿"_s});
    EXPECT_EQ(titles(m_products.search(u"sl20"_s)), QStringList{u"针织开衫 SL200 两穿"_s});
    EXPECT_EQ(titles(m_products.search(u"iphone1"_s)), QStringList{u"纯棉T恤 宽松 iPhone15 图案"_s});
    // Two digits: no product has the number 20, so the second pass reads it as unfinished (2024, SL200).
    EXPECT_EQ(titles(m_products.search(u"20"_s)),
              (QStringList{u"2024新款 碎花连衣裙 A字裙"_s, u"针织开衫 SL200 两穿"_s}));
}

TEST_F(ProductRepositorySearchTest, WholeWordsComeBeforeUnfinishedShortWords) {
    add(product(u"5"_s, u"石膏板120 防潮"_s, {}));
    add(product(u"6"_s, u"石膏板 12 毫米"_s, {}));
    add(product(u"7"_s, u"FPC连接器"_s, {}));
    // "12" is the whole number 12 first, then the start of 120; a full list never reaches the second pass.
    EXPECT_EQ(titles(m_products.search(u"石膏板12"_s)), (QStringList{u"石膏板 12 毫米"_s, u"石膏板120 防潮"_s}));
    EXPECT_EQ(titles(m_products.search(u"石膏板12"_s, 1)), QStringList{u"石膏板 12 毫米"_s});
    EXPECT_EQ(titles(m_products.search(u"连接器fp"_s)), QStringList{u"FPC连接器"_s});
    EXPECT_EQ(titles(m_products.search(u"石膏板1"_s)), (QStringList{u"石膏板120 防潮"_s, u"石膏板 12 毫米"_s}));
    // A single letter stays a whole word even then: "x" is not every XL and XXL.
    EXPECT_TRUE(m_products.search(u"x"_s)->isEmpty());
}

TEST_F(ProductRepositorySearchTest, RanksTitleMentionsAboveColoursOfTheSkus) {
    // Two products have black SKUs; the one that says 黑色 in its title comes first, whatever its id.
    EXPECT_EQ(titles(m_products.search(u"黑色"_s)),
              (QStringList{u"黑色小礼服 法式收腰"_s, u"纯棉T恤 宽松 iPhone15 图案"_s}));
    const auto hits = m_products.search(u"黑色"_s);
    ASSERT_TRUE(test::isOk(hits));
    EXPECT_GT(hits->at(0).rank, hits->at(1).rank);
    EXPECT_GT(hits->at(1).rank, 0.0);
}

TEST_F(ProductRepositorySearchTest, AttributeSearchAlsoReadsSkuSpecs) {
    EXPECT_EQ(titles(m_products.searchByAttribute(u"颜色"_s, u"黑色"_s)),
              (QStringList{u"黑色小礼服 法式收腰"_s, u"纯棉T恤 宽松 iPhone15 图案"_s}));
    EXPECT_EQ(titles(m_products.searchByAttribute(u"颜色"_s, u"杏色"_s)), QStringList{u"针织开衫 SL200 两穿"_s});
    // ASCII case does not matter, and a size contains its shorter spelling as the attribute values do (XXL has XL).
    EXPECT_EQ(titles(m_products.searchByAttribute(u"尺码"_s, u"xl"_s)), QStringList{u"纯棉T恤 宽松 iPhone15 图案"_s});
    EXPECT_EQ(titles(m_products.searchByAttribute(u"面料"_s, u"纯棉"_s)), QStringList{u"纯棉T恤 宽松 iPhone15 图案"_s});
    // The value under another name does not count: 黑色 is a colour, never a fabric; 白色 is nobody's size.
    EXPECT_TRUE(m_products.searchByAttribute(u"面料"_s, u"黑色"_s)->isEmpty());
    EXPECT_TRUE(m_products.searchByAttribute(u"尺码"_s, u"白色"_s)->isEmpty());
    EXPECT_TRUE(m_products.searchByAttribute(u"版型"_s, u"黑色"_s)->isEmpty());
}

TEST_F(ProductRepositorySearchTest, AttributeSearchHonoursTheLimit) {
    EXPECT_EQ(m_products.searchByAttribute(u"颜色"_s, u"色"_s, 2)->size(), 2);
    EXPECT_EQ(m_products.searchByAttribute(u"颜色"_s, u"色"_s)->size(), 4);
}

TEST_F(ProductRepositorySearchTest, SpecificWordsFindProductsBeyondTheRankedCandidates) {
    // 2,100 products with size M; the title of the last one also says 黑色. A search over every M-sized product
    // stays bounded (the first 2,000 in catalogue order are ranked), while a specific word still finds the last.
    ASSERT_TRUE(test::isOk(m_store.db().transaction([&]() -> Status {
        for (int i = 0; i < 2100; ++i) {
            const QString title = i == 2099 ? u"黑色长款风衣"_s : u"基础款上衣"_s;
            const Product p =
                product(u"9"_s + QString::number(i), title, {sku(u"9"_s + QString::number(i), u"灰色"_s, u"M"_s)});
            if (Result<qint64> id = m_products.add(p); !id) {
                return id.error();
            }
        }
        return {};
    })));
    const auto sized = m_products.search(u"m"_s, 10);
    ASSERT_TRUE(test::isOk(sized));
    EXPECT_EQ(sized->size(), 10);
    EXPECT_EQ(titles(m_products.search(u"长款"_s)), QStringList{u"黑色长款风衣"_s});
    EXPECT_EQ(titles(m_products.search(u"风衣 m"_s)), QStringList{u"黑色长款风衣"_s});
}

TEST_F(ProductRepositorySearchTest, RepeatedSearchesSeeWritesInBetween) {
    // Searches keep their statements prepared; none may stay open across the next write's commit.
    EXPECT_EQ(titles(m_products.search(u"风衣"_s)), QStringList{});
    EXPECT_EQ(m_products.searchByAttribute(u"面料"_s, u"纯棉"_s)->size(), 1);
    add(product(u"5"_s, u"黑色长款风衣"_s, {sku(u"51"_s, u"黑色"_s, u"L"_s)}, {{u"面料"_s, u"纯棉"_s}}));
    EXPECT_EQ(titles(m_products.search(u"风衣"_s)), QStringList{u"黑色长款风衣"_s});
    EXPECT_EQ(m_products.searchByAttribute(u"面料"_s, u"纯棉"_s)->size(), 2);
    const auto page = m_products.listPage(std::nullopt, 10);
    ASSERT_TRUE(test::isOk(page));
    EXPECT_EQ(page->size(), 5);
}

}  // namespace
}  // namespace kefu
