#pragma once

#include "core/Money.h"

#include <QString>
#include <QtGlobal>

namespace kefu {

// One row of a product search or catalogue page: enough to show in a list without loading the aggregate.
struct ProductHit {
    qint64 id = 0;
    QString numIid;
    QString title;
    Money price;
    int totalStock = 0;  // sum over the SKUs
    bool onSale = true;
    double rank = 0;  // search relevance, higher is better (title hits weigh 10, the rest 1); 0 for catalogue pages
};

}  // namespace kefu
