#include "core/Promotion.h"

#include "core/EnumLookup.h"

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kFullPrice = 1000;  // permille: no discount

// Yuan the way promotions are written: "300", "299.5", "0.05" (no trailing zeros, no currency mark).
QString compactYuan(Money m) {
    QString s = m.toYuanString();
    if (s.endsWith(u"00"_s)) {
        s.chop(3);
    } else if (s.endsWith(u'0')) {
        s.chop(1);
    }
    return s;
}

QChar chineseDigit(int d) {
    static const QString digits = u"零一二三四五六七八九"_s;
    return digits.at(d);
}

// 900 → 九折 and 850 → 八五折 as shoppers say them; anything finer reads better in figures: 880 → 8.8折.
QString discountText(int permille) {
    if (permille == kFullPrice) {
        return u"不打折"_s;
    }
    if (permille >= 100 && permille < kFullPrice && permille % 100 == 0) {
        return chineseDigit(permille / 100) % u'折';
    }
    if (permille >= 100 && permille < kFullPrice && permille % 50 == 0) {
        return chineseDigit(permille / 100) % chineseDigit(permille / 10 % 10) % u'折';
    }
    QString tenths =
        QString::number(permille / 100) % u'.' % QString::number(permille / 10 % 10) % QString::number(permille % 10);
    while (tenths.endsWith(u'0')) {
        tenths.chop(1);
    }
    if (tenths.endsWith(u'.')) {
        tenths.chop(1);
    }
    return tenths % u'折';
}

}  // namespace

QString promotionTypeLabel(PromotionType type) {
    switch (type) {
        case PromotionType::FullReduction:
            return u"满减"_s;
        case PromotionType::Discount:
            return u"折扣"_s;
        case PromotionType::Gift:
            return u"赠品"_s;
    }
    return {};
}

QString promotionTypeKey(PromotionType type) {
    switch (type) {
        case PromotionType::FullReduction:
            return u"full_reduction"_s;
        case PromotionType::Discount:
            return u"discount"_s;
        case PromotionType::Gift:
            return u"gift"_s;
    }
    return {};
}

std::optional<PromotionType> promotionTypeFromKey(QStringView key) {
    return enumFromKey(allPromotionTypes(), &promotionTypeKey, key);
}

QList<PromotionType> allPromotionTypes() {
    return {PromotionType::FullReduction, PromotionType::Discount, PromotionType::Gift};
}

QString Promotion::summary() const {
    const bool hasThreshold = threshold.fen() > 0;
    switch (type) {
        case PromotionType::FullReduction:
            if (!hasThreshold) {
                return u"立减"_s % compactYuan(reduction);
            }
            return (stacking ? u"每满"_s : u"满"_s) % compactYuan(threshold) % u'减' % compactYuan(reduction);
        case PromotionType::Discount:
            return discountText(discountPermille);
        case PromotionType::Gift:
            if (!hasThreshold) {
                return u"送"_s % giftDescription;
            }
            return u"满"_s % compactYuan(threshold) % u'送' % giftDescription;
    }
    return {};
}

}  // namespace kefu
