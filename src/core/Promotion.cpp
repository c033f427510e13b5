#include "core/Promotion.h"

#include "core/EnumLookup.h"

#include <QCoreApplication>

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

// `value / divisor` (divisor 10 or 100) in figures without trailing zeros: (880, 100) → "8.8", (150, 10) → "15".
QString trimmedDecimal(int value, int divisor) {
    const int magnitude = value < 0 ? -value : value;
    QString text = QString::number(magnitude / divisor) % u'.' %
                   QString::number(magnitude % divisor).rightJustified(divisor == 100 ? 2 : 1, u'0');
    while (text.endsWith(u'0')) {
        text.chop(1);
    }
    if (text.endsWith(u'.')) {
        text.chop(1);
    }
    if (value < 0) {
        text.prepend(u'-');
    }
    return text;
}

// The price paid in tenths as shoppers say it: 900 → 九, 850 → 八五; anything finer reads better in figures: 880 → 8.8.
QString tenthsText(int permille) {
    if (permille >= 100 && permille < kFullPrice && permille % 100 == 0) {
        return QString(chineseDigit(permille / 100));
    }
    if (permille >= 100 && permille < kFullPrice && permille % 50 == 0) {
        return chineseDigit(permille / 100) % chineseDigit(permille / 10 % 10);
    }
    return trimmedDecimal(permille, 100);
}

QString discountText(int permille) {
    if (permille == kFullPrice) {
        return QCoreApplication::translate("kefu::Labels", "不打折");
    }
    // Chinese counts what is paid (八五折), English what is taken off (15% off), so a translation may use either
    // placeholder; hence replace() rather than arg(), which would warn about the one left unused.
    //: A discount. %1 = the price paid in tenths (八五, 8.8); %2 = the percentage taken off (15, 12).
    QString text = QCoreApplication::translate("kefu::Labels", "%1折");
    return text.replace(u"%1"_s, tenthsText(permille)).replace(u"%2"_s, trimmedDecimal(kFullPrice - permille, 10));
}

}  // namespace

QString promotionTypeLabel(PromotionType type) {
    switch (type) {
        case PromotionType::FullReduction:
            return QCoreApplication::translate("kefu::Labels", "满减");
        case PromotionType::Discount:
            return QCoreApplication::translate("kefu::Labels", "折扣");
        case PromotionType::Gift:
            return QCoreApplication::translate("kefu::Labels", "赠品");
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
                return QCoreApplication::translate("kefu::Labels", "立减%1").arg(compactYuan(reduction));
            }
            if (stacking) {
                return QCoreApplication::translate("kefu::Labels", "每满%1减%2")
                    .arg(compactYuan(threshold), compactYuan(reduction));
            }
            return QCoreApplication::translate("kefu::Labels", "满%1减%2")
                .arg(compactYuan(threshold), compactYuan(reduction));
        case PromotionType::Discount:
            return discountText(discountPermille);
        case PromotionType::Gift:
            if (!hasThreshold) {
                return QCoreApplication::translate("kefu::Labels", "送%1").arg(giftDescription);
            }
            return QCoreApplication::translate("kefu::Labels", "满%1送%2").arg(compactYuan(threshold), giftDescription);
    }
    return {};
}

}  // namespace kefu
