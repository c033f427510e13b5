#include "sim/SimCatalog.h"
#include "store/ProductRepository.h"
#include "support/TempStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu::test {
namespace {

Product product(const QString& numIid, const QString& title, bool onSale) {
    Product p;
    p.numIid = numIid;
    p.title = title;
    p.category = u"女装/T恤"_s;
    p.price = Money::fromFen(7900);
    p.onSale = onSale;
    return p;
}

TEST(SimCatalogTest, ReadsTheProductsOnSaleFromAStore) {
    TempStore store;
    ProductRepository products(store.db());
    ASSERT_TRUE(products.add(product(u"680112003517"_s, u"新疆棉圆领T恤"_s, true)).ok());
    ASSERT_TRUE(products.add(product(u"680112011203"_s, u"下架的T恤"_s, false)).ok());

    const Result<QList<SimProduct>> read = SimCatalog::productsFrom(store.path());
    ASSERT_TRUE(read.ok()) << read.error().detail.toStdString();
    ASSERT_EQ(read.value().size(), 1);
    EXPECT_EQ(read.value().constFirst().numIid, u"680112003517"_s);
    EXPECT_EQ(read.value().constFirst().price, Money::fromFen(7900));
}

TEST(SimCatalogTest, AMissingFileIsAnErrorAndIsNotCreated) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"none.sqlite"_s);
    const Result<QList<SimProduct>> read = SimCatalog::productsFrom(path);
    ASSERT_FALSE(read.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
}

}  // namespace
}  // namespace kefu::test
