#pragma once

#include "core/Money.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace kefu {

// One spec value of a SKU, e.g. {颜色, 雾霾蓝} or {尺码, M}.
struct SpecValue {
    QString name;
    QString value;
    bool operator==(const SpecValue&) const = default;
};

struct Sku {
    qint64 id = 0;
    qint64 productId = 0;
    QString skuId;          // Taobao sku id (digits, as a string)
    QString outerId;        // the merchant's own code
    QList<SpecValue> spec;  // 颜色×尺码
    Money price;
    int stock = 0;

    QString specText() const;                      // "雾霾蓝 / M"
    QString specValue(const QString& name) const;  // empty if the SKU has no such spec
};

}  // namespace kefu
