#pragma once

#include "core/Money.h"
#include "core/Promotion.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace kefu {

// What the buyer asks about: one SKU (its unit price) of one product, bought `quantity` times.
struct PriceQuery {
    qint64 productId = 0;
    Money unitPrice;
    int quantity = 1;
};

// The 到手价 and how it was reached, step by step, for the agent to read out.
struct PriceQuote {
    Money original;                      // unit × quantity
    std::optional<Promotion> discount;   // the 折扣 applied, if any
    Money afterDiscount;                 // original with the discount
    std::optional<Promotion> reduction;  // the 满减 applied, if any
    Money reductionAmount;               // what the 满减 took off (× times when stacking)
    Money finalPrice;                    // what the buyer pays
    QStringList gifts;                   // 赠品 whose threshold is met
    QStringList steps;                   // "原价 3×¥129.00 = ¥387.00", "满300减40 → ¥347.00" …
    QString text() const;                // the steps joined with "；"
};

// Taobao's usual order for a single item: the product's best 折扣 first (discounts do not stack with each other),
// then the one 满减 that saves most, reckoned on the discounted amount (满减 promotions do not stack either; a
// 每满 one repeats within itself). 赠品 thresholds are reckoned on the same discounted amount. Promotions not active
// at `nowMs` or not covering the product are ignored. Integer fen throughout.
class PriceCalculator {
    Q_DECLARE_TR_FUNCTIONS(PriceCalculator)

public:
    static PriceQuote quote(const PriceQuery& query, const QList<Promotion>& promotions, qint64 nowMs);

private:
    static Money reductionOf(const Promotion& promotion, Money amount);
};

}  // namespace kefu
