#include "core/Product.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

Sku sku(const QString& color, const QString& size, int stock) {
    Sku s;
    s.spec = {{u"颜色"_s, color}, {u"尺码"_s, size}};
    s.stock = stock;
    return s;
}

TEST(Sku, SpecTextJoinsValues) {
    EXPECT_EQ(sku(u"雾霾蓝"_s, u"M"_s, 0).specText(), u"雾霾蓝 / M"_s);
    Sku single;
    single.spec = {{u"颜色"_s, u"黑色"_s}};
    EXPECT_EQ(single.specText(), u"黑色"_s);
    EXPECT_EQ(Sku().specText(), QString());
}

TEST(Sku, SpecValueByName) {
    const Sku s = sku(u"雾霾蓝"_s, u"M"_s, 0);
    EXPECT_EQ(s.specValue(u"尺码"_s), u"M"_s);
    EXPECT_EQ(s.specValue(u"颜色"_s), u"雾霾蓝"_s);
    EXPECT_EQ(s.specValue(u"材质"_s), QString());
}

TEST(Product, TotalStockSumsSkus) {
    Product p;
    EXPECT_EQ(p.totalStock(), 0);
    p.skus = {sku(u"黑"_s, u"S"_s, 3), sku(u"黑"_s, u"M"_s, 0), sku(u"白"_s, u"L"_s, 12)};
    EXPECT_EQ(p.totalStock(), 15);
}

TEST(Product, AttributeByName) {
    Product p;
    p.attributes = {{u"面料"_s, u"100%棉"_s}, {u"洗涤方式"_s, u"手洗"_s}};
    EXPECT_EQ(p.attribute(u"面料"_s), u"100%棉"_s);
    EXPECT_EQ(p.attribute(u"洗涤方式"_s), u"手洗"_s);
    EXPECT_EQ(p.attribute(u"版型"_s), QString());
}

}  // namespace
