#include "core/PriceCalculator.h"

using namespace Qt::StringLiterals;

namespace kefu {

QString PriceQuote::text() const {
    return steps.join(u"；"_s);
}

Money PriceCalculator::reductionOf(const Promotion& promotion, Money amount) {
    const qint64 threshold = promotion.threshold.fen();
    if (threshold <= 0) {
        return promotion.reduction;  // 立减
    }
    if (amount.fen() < threshold) {
        return {};
    }
    const qint64 times = promotion.stacking ? amount.fen() / threshold : 1;
    return promotion.reduction * times;
}

PriceQuote PriceCalculator::quote(const PriceQuery& query, const QList<Promotion>& promotions, qint64 nowMs) {
    PriceQuote quote;
    const int quantity = qMax(1, query.quantity);
    quote.original = query.unitPrice * quantity;
    quote.steps.append(tr("原价 %1×%2 = %3").arg(quantity).arg(query.unitPrice.display(), quote.original.display()));

    QList<Promotion> applicable;
    for (const Promotion& p : promotions) {
        if (p.isActiveAt(nowMs) && p.appliesTo(query.productId)) {
            applicable.append(p);
        }
    }
    for (const Promotion& p : applicable) {
        if (p.type == PromotionType::Discount && p.discountPermille < 1000 &&
            (!quote.discount || p.discountPermille < quote.discount->discountPermille)) {
            quote.discount = p;
        }
    }
    quote.afterDiscount = quote.discount ? quote.original.discounted(quote.discount->discountPermille) : quote.original;
    if (quote.discount) {
        quote.steps.append(tr("%1 → %2").arg(quote.discount->summary(), quote.afterDiscount.display()));
    }

    for (const Promotion& p : applicable) {
        if (p.type != PromotionType::FullReduction) {
            continue;
        }
        const Money saved = qMin(reductionOf(p, quote.afterDiscount), quote.afterDiscount);
        if (saved > quote.reductionAmount) {
            quote.reduction = p;
            quote.reductionAmount = saved;
        }
    }
    quote.finalPrice = quote.afterDiscount - quote.reductionAmount;
    if (quote.reduction) {
        const qint64 threshold = quote.reduction->threshold.fen();
        const qint64 times = quote.reduction->stacking && threshold > 0 ? quote.afterDiscount.fen() / threshold : 1;
        const QString label =
            times > 1 ? tr("%1（×%2）").arg(quote.reduction->summary()).arg(times) : quote.reduction->summary();
        quote.steps.append(tr("%1 → %2").arg(label, quote.finalPrice.display()));
    }

    for (const Promotion& p : applicable) {
        if (p.type == PromotionType::Gift && quote.afterDiscount >= p.threshold) {
            quote.gifts.append(p.giftDescription);
            quote.steps.append(tr("赠品：%1").arg(p.summary()));
        }
    }
    return quote;
}

}  // namespace kefu
