#pragma once

#include "core/Money.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kefu {

enum class PromotionType { FullReduction, Discount, Gift };  // 满减 折扣 赠品

QString promotionTypeLabel(PromotionType type);
QString promotionTypeKey(PromotionType type);  // "full_reduction", "discount", "gift"
std::optional<PromotionType> promotionTypeFromKey(QStringView key);
QList<PromotionType> allPromotionTypes();

struct Promotion {
    qint64 id = 0;
    QString name;  // 双11 满300减40
    PromotionType type = PromotionType::FullReduction;
    Money threshold;              // 满 X (FullReduction, Gift); zero = no threshold
    Money reduction;              // 减 Y (FullReduction)
    bool stacking = false;        // 每满 X 减 Y (repeats) rather than once
    int discountPermille = 1000;  // Discount: 850 = 八五折
    QString giftDescription;      // Gift
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    QList<qint64> productIds;  // empty = the whole shop

    bool isActiveAt(qint64 utcMs) const { return utcMs >= startsAtMs && utcMs < endsAtMs; }
    bool appliesTo(qint64 productId) const { return productIds.isEmpty() || productIds.contains(productId); }
    QString summary() const;  // "满300减40", "每满200减20", "八五折", "满199送收纳袋"
};

}  // namespace kefu
