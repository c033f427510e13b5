#pragma once

#include "core/Money.h"
#include "core/SizeChart.h"
#include "core/Sku.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace kefu {

// A fact about a product that buyers ask about: 面料, 洗涤方式, 是否起球, 版型 …
struct ProductAttribute {
    QString name;
    QString value;
    bool operator==(const ProductAttribute&) const = default;
};

struct Product {
    qint64 id = 0;
    QString numIid;  // Taobao item id, a digit string
    QString title;
    QString category;  // 女装/连衣裙
    Money price;       // the listed price (lowest SKU price)
    bool onSale = true;
    QList<ProductAttribute> attributes;
    QList<Sku> skus;
    SizeChart sizeChart;
    QList<qint64> relatedProductIds;  // 搭配推荐
    QString sellingPoints;            // a short paragraph agents paste when asked "这款怎么样"

    int totalStock() const;
    QString attribute(const QString& name) const;  // empty if absent
};

}  // namespace kefu
