#include "core/PriceCalculator.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

constexpr qint64 kNow = 1'000'000;
constexpr qint64 kProduct = 7;

Promotion active(PromotionType type) {
    Promotion p;
    p.type = type;
    p.startsAtMs = kNow - 1000;
    p.endsAtMs = kNow + 1000;
    return p;
}

Promotion fullReduction(qint64 threshold, qint64 reduction, bool stacking = false) {
    Promotion p = active(PromotionType::FullReduction);
    p.threshold = Money::fromYuan(threshold);
    p.reduction = Money::fromYuan(reduction);
    p.stacking = stacking;
    return p;
}

Promotion discount(int permille) {
    Promotion p = active(PromotionType::Discount);
    p.discountPermille = permille;
    return p;
}

Promotion gift(qint64 threshold, const QString& what) {
    Promotion p = active(PromotionType::Gift);
    p.threshold = Money::fromYuan(threshold);
    p.giftDescription = what;
    return p;
}

PriceQuote quote(qint64 unitFen, int quantity, const QList<Promotion>& promotions) {
    return PriceCalculator::quote({kProduct, Money::fromFen(unitFen), quantity}, promotions, kNow);
}

TEST(PriceCalculatorTest, NoPromotionIsTheOriginalPrice) {
    const PriceQuote q = quote(12900, 3, {});
    EXPECT_EQ(q.finalPrice, Money::fromFen(38700));
    EXPECT_EQ(q.text(), u"原价 3×¥129.00 = ¥387.00"_s);
}

TEST(PriceCalculatorTest, FullReductionAppliesOnceAboveTheThreshold) {
    const PriceQuote q = quote(12900, 3, {fullReduction(300, 40)});
    EXPECT_EQ(q.finalPrice, Money::fromFen(34700));
    EXPECT_EQ(q.text(), u"原价 3×¥129.00 = ¥387.00；满300减40 → ¥347.00"_s);
    EXPECT_EQ(quote(12900, 2, {fullReduction(300, 40)}).finalPrice, Money::fromFen(25800));  // ¥258 < ¥300
}

TEST(PriceCalculatorTest, StackingFullReductionRepeatsPerThreshold) {
    const PriceQuote q = quote(12900, 5, {fullReduction(200, 20, true)});  // ¥645 → 3 × ¥20
    EXPECT_EQ(q.reductionAmount, Money::fromYuan(60));
    EXPECT_EQ(q.finalPrice, Money::fromFen(58500));
    EXPECT_EQ(q.steps.last(), u"每满200减20（×3） → ¥585.00"_s);
}

TEST(PriceCalculatorTest, TheFullReductionThatSavesMostWins) {
    // ¥645: 满300减40 once saves 40, 每满200减20 saves 60.
    const PriceQuote q = quote(12900, 5, {fullReduction(300, 40), fullReduction(200, 20, true)});
    EXPECT_EQ(q.reductionAmount, Money::fromYuan(60));
    ASSERT_TRUE(q.reduction.has_value());
    EXPECT_TRUE(q.reduction->stacking);
}

TEST(PriceCalculatorTest, BestDiscountAppliesAndDiscountsDoNotStack) {
    const PriceQuote q = quote(69900, 1, {discount(900), discount(850)});
    EXPECT_EQ(q.afterDiscount, Money::fromFen(59415));
    EXPECT_EQ(q.finalPrice, Money::fromFen(59415));
    EXPECT_EQ(q.text(), u"原价 1×¥699.00 = ¥699.00；八五折 → ¥594.15"_s);
}

TEST(PriceCalculatorTest, DiscountComesFirstThenFullReductionOnTheDiscountedAmount) {
    // ¥399 × 八五折 = ¥339.15 ≥ 300 → −40 = ¥299.15 (not 399 − 40 = 359 then 八五折 = 305.15).
    const PriceQuote q = quote(39900, 1, {fullReduction(300, 40), discount(850)});
    EXPECT_EQ(q.finalPrice, Money::fromFen(29915));
    EXPECT_EQ(q.text(), u"原价 1×¥399.00 = ¥399.00；八五折 → ¥339.15；满300减40 → ¥299.15"_s);
    // The threshold is reckoned after the discount: ¥349 × 0.85 = ¥296.65 misses 满300.
    EXPECT_EQ(quote(34900, 1, {fullReduction(300, 40), discount(850)}).finalPrice, Money::fromFen(29665));
}

TEST(PriceCalculatorTest, GiftIsListedOnlyWhenTheThresholdIsMet) {
    const QList<Promotion> promotions{gift(199, u"收纳袋"_s)};
    EXPECT_TRUE(quote(7900, 2, promotions).gifts.isEmpty());  // ¥158
    const PriceQuote q = quote(7900, 3, promotions);          // ¥237
    EXPECT_EQ(q.gifts, QStringList{u"收纳袋"_s});
    EXPECT_EQ(q.steps.last(), u"赠品：满199送收纳袋"_s);
    EXPECT_EQ(q.finalPrice, Money::fromFen(23700));
}

TEST(PriceCalculatorTest, InactivePromotionIsIgnored) {
    Promotion ended = fullReduction(100, 50);
    ended.startsAtMs = kNow - 5000;
    ended.endsAtMs = kNow;  // the end is exclusive
    Promotion future = discount(500);
    future.startsAtMs = kNow + 1;
    future.endsAtMs = kNow + 5000;
    const PriceQuote q = quote(12900, 1, {ended, future});
    EXPECT_EQ(q.finalPrice, Money::fromFen(12900));
    EXPECT_FALSE(q.discount.has_value());
    EXPECT_FALSE(q.reduction.has_value());
}

TEST(PriceCalculatorTest, PromotionForOtherProductsIsIgnored) {
    Promotion other = discount(500);
    other.productIds = {kProduct + 1};
    Promotion mine = discount(900);
    mine.productIds = {kProduct};
    const PriceQuote q = quote(10000, 1, {other, mine});
    EXPECT_EQ(q.finalPrice, Money::fromFen(9000));
}

TEST(PriceCalculatorTest, NoFenIsLostOrInvented) {
    // ¥129.99 × 3 = ¥389.97; 八八折 = 343.1736 → ¥343.17; 满300减40 → ¥303.17.
    const PriceQuote q = quote(12999, 3, {discount(880), fullReduction(300, 40)});
    EXPECT_EQ(q.original, Money::fromFen(38997));
    EXPECT_EQ(q.afterDiscount, Money::fromFen(34317));
    EXPECT_EQ(q.finalPrice, Money::fromFen(30317));
    EXPECT_EQ(q.original - q.finalPrice, (q.original - q.afterDiscount) + q.reductionAmount);
}

TEST(PriceCalculatorTest, AReductionNeverMakesThePriceNegative) {
    Promotion instant = fullReduction(0, 50);  // 立减50 on a ¥39 item
    EXPECT_EQ(quote(3900, 1, {instant}).finalPrice, Money());
}

}  // namespace
