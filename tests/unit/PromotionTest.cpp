#include "core/Promotion.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

Promotion fullReduction(qint64 thresholdYuan, qint64 reductionYuan, bool stacking) {
    Promotion p;
    p.type = PromotionType::FullReduction;
    p.threshold = Money::fromYuan(thresholdYuan);
    p.reduction = Money::fromYuan(reductionYuan);
    p.stacking = stacking;
    return p;
}

QString discount(int permille) {
    Promotion p;
    p.type = PromotionType::Discount;
    p.discountPermille = permille;
    return p.summary();
}

TEST(Promotion, FullReductionSummary) {
    EXPECT_EQ(fullReduction(300, 40, false).summary(), u"满300减40"_s);
    EXPECT_EQ(fullReduction(200, 20, true).summary(), u"每满200减20"_s);
    EXPECT_EQ(fullReduction(0, 5, false).summary(), u"立减5"_s);
    Promotion odd = fullReduction(0, 0, false);
    odd.threshold = Money::fromFen(29950);
    odd.reduction = Money::fromFen(1005);
    EXPECT_EQ(odd.summary(), u"满299.5减10.05"_s);
}

TEST(Promotion, DiscountSummaryReadsAsShoppersSayIt) {
    EXPECT_EQ(discount(850), u"八五折"_s);
    EXPECT_EQ(discount(900), u"九折"_s);
    EXPECT_EQ(discount(880), u"8.8折"_s);
    EXPECT_EQ(discount(750), u"七五折"_s);
    EXPECT_EQ(discount(500), u"五折"_s);
    EXPECT_EQ(discount(100), u"一折"_s);
    EXPECT_EQ(discount(888), u"8.88折"_s);
    EXPECT_EQ(discount(50), u"0.5折"_s);
    EXPECT_EQ(discount(1000), u"不打折"_s);
}

TEST(Promotion, GiftSummary) {
    Promotion p;
    p.type = PromotionType::Gift;
    p.threshold = Money::fromYuan(199);
    p.giftDescription = u"收纳袋"_s;
    EXPECT_EQ(p.summary(), u"满199送收纳袋"_s);
    p.threshold = Money();
    EXPECT_EQ(p.summary(), u"送收纳袋"_s);
}

TEST(Promotion, EveryTypeHasASummary) {
    for (const PromotionType t : allPromotionTypes()) {
        Promotion p = fullReduction(100, 10, false);
        p.type = t;
        p.discountPermille = 900;
        p.giftDescription = u"小样"_s;
        EXPECT_FALSE(p.summary().isEmpty()) << promotionTypeKey(t).toStdString();
    }
}

TEST(Promotion, ActiveWindowIsHalfOpen) {
    Promotion p;
    p.startsAtMs = 1000;
    p.endsAtMs = 2000;
    EXPECT_FALSE(p.isActiveAt(999));
    EXPECT_TRUE(p.isActiveAt(1000));
    EXPECT_TRUE(p.isActiveAt(1999));
    EXPECT_FALSE(p.isActiveAt(2000));
}

TEST(Promotion, AppliesToListedProductsOrTheWholeShop) {
    Promotion p;
    EXPECT_TRUE(p.appliesTo(42));
    p.productIds = {1, 2};
    EXPECT_TRUE(p.appliesTo(2));
    EXPECT_FALSE(p.appliesTo(42));
}

}  // namespace
