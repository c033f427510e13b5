// The lookups the product knowledge panel adds: attribute search, hits by id, price ranges, title pages.
#include "store/ProductRepository.h"

#include "support/IsOk.h"
#include "support/TempStore.h"
#include "unit/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

Sku sku(const QString& skuId, const QString& size, qint64 fen) {
    Sku s;
    s.skuId = skuId;
    s.spec = {{u"颜色"_s, u"黑色"_s}, {u"尺码"_s, size}};
    s.price = Money::fromFen(fen);
    s.stock = 5;
    return s;
}

Product product(const QString& numIid, const QString& title, const QList<ProductAttribute>& attributes) {
    Product p;
    p.numIid = numIid;
    p.title = title;
    p.category = u"男装/T恤"_s;
    p.price = Money::fromFen(7900);
    p.attributes = attributes;
    return p;
}

class ProductRepositoryLookupTest : public ::testing::Test {
protected:
    void SetUp() override {
        Product tee = product(u"1001"_s, u"重磅纯棉短袖T恤"_s, {{u"面料"_s, u"重磅纯棉"_s}, {u"版型"_s, u"宽松"_s}});
        tee.skus = {sku(u"1"_s, u"M"_s, 7900), sku(u"2"_s, u"XXL"_s, 8900)};
        // 纯棉 in the washing advice, not in the fabric: an attribute search for 面料 纯棉 must not find it.
        Product shirt =
            product(u"1002"_s, u"冰丝衬衫"_s, {{u"面料"_s, u"冰丝"_s}, {u"洗涤方式"_s, u"同纯棉衣物一起洗"_s}});
        Product bare = product(u"1003"_s, u"帆布包"_s, {});
        for (Product* p : {&tee, &shirt, &bare}) {
            const Result<qint64> id = m_products.add(*p);
            ASSERT_TRUE(test::isOk(id));
            p->id = *id;
        }
        m_tee = tee.id;
        m_shirt = shirt.id;
        m_bare = bare.id;
    }

    test::TempStore m_store;
    ProductRepository m_products{m_store.db()};
    qint64 m_tee = 0;
    qint64 m_shirt = 0;
    qint64 m_bare = 0;
};

TEST_F(ProductRepositoryLookupTest, SearchByAttributeMatchesTheNamedAttributeOnly) {
    const auto hits = m_products.searchByAttribute(u"面料"_s, u"纯棉"_s);
    ASSERT_TRUE(test::isOk(hits));
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, m_tee);
    EXPECT_EQ(m_products.searchByAttribute(u"洗涤方式"_s, u"纯棉"_s)->first().id, m_shirt);
    EXPECT_TRUE(m_products.searchByAttribute(u"面料"_s, u"羊毛"_s)->isEmpty());
    EXPECT_TRUE(m_products.searchByAttribute(u""_s, u"纯棉"_s)->isEmpty());
    EXPECT_TRUE(m_products.searchByAttribute(u"面料"_s, u"  "_s)->isEmpty());
}

TEST_F(ProductRepositoryLookupTest, HitsKeepTheGivenOrderAndSkipUnknownIds) {
    const auto hits = m_products.hits({m_bare, 999, m_tee});
    ASSERT_TRUE(test::isOk(hits));
    ASSERT_EQ(hits->size(), 2);
    EXPECT_EQ(hits->at(0).id, m_bare);
    EXPECT_EQ(hits->at(1).id, m_tee);
    EXPECT_EQ(hits->at(1).totalStock, 10);
    EXPECT_TRUE(m_products.hits({})->isEmpty());
    // Any number of ids, one after the other (the statement is kept and re-bound).
    EXPECT_EQ(m_products.hits({m_tee})->size(), 1);
    EXPECT_EQ(m_products.hits({m_tee, m_shirt, m_bare, m_tee})->size(), 4);
}

TEST_F(ProductRepositoryLookupTest, PriceRangesSpanTheSkusOrFallBackToTheListedPrice) {
    const auto ranges = m_products.priceRanges({m_tee, m_bare});
    ASSERT_TRUE(test::isOk(ranges));
    EXPECT_EQ(ranges->value(m_tee), (PriceRange{Money::fromFen(7900), Money::fromFen(8900)}));
    EXPECT_EQ(ranges->value(m_bare), (PriceRange{Money::fromFen(7900), Money::fromFen(7900)}));
    EXPECT_FALSE(ranges->contains(m_shirt));
    EXPECT_EQ(m_products.priceRanges({m_shirt, m_tee, m_bare})->size(), 3);
    EXPECT_TRUE(m_products.priceRanges({})->isEmpty());
}

TEST_F(ProductRepositoryLookupTest, TitlesArePagedByKeyset) {
    const auto first = m_products.titles(std::nullopt, 2);
    ASSERT_TRUE(test::isOk(first));
    ASSERT_EQ(first->size(), 2);
    EXPECT_EQ(first->at(0).title, u"重磅纯棉短袖T恤"_s);
    const auto rest = m_products.titles(first->last().id, 2);
    ASSERT_EQ(rest->size(), 1);
    EXPECT_EQ(rest->first().id, m_bare);
}

}  // namespace
}  // namespace kefu
