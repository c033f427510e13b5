#include "store/PromotionRepository.h"

#include "store/ProductRepository.h"
#include "support/TempStore.h"
#include "unit/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kNov11 = 1731254400000LL;  // 2024-11-11 00:00 Asia/Shanghai

Promotion fullReduction(const QString& name, qint64 startsAtMs, qint64 endsAtMs, QList<qint64> productIds = {}) {
    Promotion p;
    p.name = name;
    p.type = PromotionType::FullReduction;
    p.threshold = Money::fromYuan(300);
    p.reduction = Money::fromYuan(40);
    p.stacking = true;
    p.startsAtMs = startsAtMs;
    p.endsAtMs = endsAtMs;
    p.productIds = std::move(productIds);
    return p;
}

QStringList names(const Result<QList<Promotion>>& promotions) {
    QStringList result;
    for (const Promotion& p : promotions.value()) {
        result.append(p.name);
    }
    return result;
}

class PromotionRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ProductRepository products(m_store.db());
        for (int i = 0; i < 3; ++i) {
            Product p;
            p.numIid = QString::number(600 + i);
            p.title = u"商品"_s + QString::number(i);
            m_productIds.append(*products.add(p));
        }
    }

    test::TempStore m_store;
    PromotionRepository m_repo{m_store.db()};
    QList<qint64> m_productIds;
};

TEST_F(PromotionRepositoryTest, RoundTripsEveryField) {
    Promotion gift;
    gift.name = u"满199送收纳袋"_s;
    gift.type = PromotionType::Gift;
    gift.threshold = Money::fromYuan(199);
    gift.giftDescription = u"收纳袋"_s;
    gift.startsAtMs = kNov11;
    gift.endsAtMs = kNov11 + 24 * kHour;
    gift.productIds = {m_productIds[0], m_productIds[2]};
    Promotion discount;
    discount.name = u"会员八五折"_s;
    discount.type = PromotionType::Discount;
    discount.discountPermille = 850;
    discount.startsAtMs = kNov11 - 24 * kHour;
    discount.endsAtMs = kNov11 + 48 * kHour;

    const Result<qint64> giftId = m_repo.add(gift);
    const Result<qint64> discountId = m_repo.add(discount);
    const Result<qint64> reductionId = m_repo.add(fullReduction(u"每满300减40"_s, kNov11, kNov11 + kHour));
    ASSERT_TRUE(giftId.ok() && discountId.ok() && reductionId.ok());

    const Result<QList<Promotion>> all = m_repo.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    const Promotion& storedGift = all->at(0);  // same start as the reduction, lower id
    EXPECT_EQ(storedGift.id, *giftId);
    EXPECT_EQ(storedGift.name, gift.name);
    EXPECT_EQ(storedGift.type, PromotionType::Gift);
    EXPECT_EQ(storedGift.threshold, Money::fromYuan(199));
    EXPECT_EQ(storedGift.giftDescription, u"收纳袋"_s);
    EXPECT_EQ(storedGift.startsAtMs, gift.startsAtMs);
    EXPECT_EQ(storedGift.endsAtMs, gift.endsAtMs);
    EXPECT_EQ(storedGift.productIds, gift.productIds);
    const Promotion& storedReduction = all->at(1);
    EXPECT_EQ(storedReduction.id, *reductionId);
    EXPECT_EQ(storedReduction.reduction, Money::fromYuan(40));
    EXPECT_TRUE(storedReduction.stacking);
    EXPECT_TRUE(storedReduction.productIds.isEmpty());
    const Promotion& storedDiscount = all->at(2);
    EXPECT_EQ(storedDiscount.type, PromotionType::Discount);
    EXPECT_EQ(storedDiscount.discountPermille, 850);
    EXPECT_FALSE(storedDiscount.stacking);
}

TEST_F(PromotionRepositoryTest, ActiveAtRespectsTheWindowAndProductScope) {
    ASSERT_TRUE(m_repo.add(fullReduction(u"全店满减"_s, kNov11, kNov11 + 24 * kHour)).ok());
    ASSERT_TRUE(m_repo.add(fullReduction(u"指定款满减"_s, kNov11, kNov11 + 24 * kHour, {m_productIds[1]})).ok());
    ASSERT_TRUE(m_repo.add(fullReduction(u"预热"_s, kNov11 - 24 * kHour, kNov11)).ok());
    ASSERT_TRUE(m_repo.add(fullReduction(u"返场"_s, kNov11 + 24 * kHour, kNov11 + 72 * kHour)).ok());

    EXPECT_EQ(names(m_repo.activeAt(kNov11)), (QStringList{u"全店满减"_s, u"指定款满减"_s}));  // start inclusive
    EXPECT_EQ(names(m_repo.activeAt(kNov11 - 1)), QStringList{u"预热"_s});
    EXPECT_EQ(names(m_repo.activeAt(kNov11 + 24 * kHour - 1)), (QStringList{u"全店满减"_s, u"指定款满减"_s}));
    EXPECT_EQ(names(m_repo.activeAt(kNov11 + 24 * kHour)), QStringList{u"返场"_s});  // end exclusive
    EXPECT_TRUE(m_repo.activeAt(kNov11 + 72 * kHour)->isEmpty());

    EXPECT_EQ(names(m_repo.activeAt(kNov11 + kHour, m_productIds[1])), (QStringList{u"全店满减"_s, u"指定款满减"_s}));
    EXPECT_EQ(names(m_repo.activeAt(kNov11 + kHour, m_productIds[0])), QStringList{u"全店满减"_s});
    const Result<QList<Promotion>> scoped = m_repo.activeAt(kNov11 + kHour, m_productIds[1]);
    EXPECT_EQ(scoped->at(1).productIds, QList<qint64>{m_productIds[1]});
}

TEST_F(PromotionRepositoryTest, RemoveDeletesThePromotionAndItsProductList) {
    const Result<qint64> id = m_repo.add(fullReduction(u"指定款"_s, kNov11, kNov11 + kHour, {m_productIds[0]}));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(m_repo.remove(*id).ok());
    EXPECT_TRUE(m_repo.list()->isEmpty());
    EXPECT_EQ(m_repo.remove(*id).error().code, ErrorCode::NotFound);
    // The product list went with it: a new promotion reusing the id would otherwise inherit stale products.
    const Result<qint64> again = m_repo.add(fullReduction(u"全店"_s, kNov11, kNov11 + kHour));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(m_repo.list()->at(0).productIds.isEmpty());
}

TEST_F(PromotionRepositoryTest, RefusesBadInputAndUnknownProducts) {
    EXPECT_EQ(m_repo.add(fullReduction(u""_s, kNov11, kNov11 + kHour)).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_repo.add(fullReduction(u"倒挂"_s, kNov11, kNov11)).error().code, ErrorCode::InvalidInput);
    const Result<qint64> unknown =
        m_repo.add(fullReduction(u"指定款"_s, kNov11, kNov11 + kHour, {m_productIds[0], 999}));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::Constraint);
    EXPECT_TRUE(m_repo.list()->isEmpty());  // the promotion row was rolled back with its links
}

}  // namespace
}  // namespace kefu
