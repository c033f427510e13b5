#include "core/Product.h"

namespace kefu {

int Product::totalStock() const {
    int total = 0;
    for (const Sku& sku : skus) {
        total += sku.stock;
    }
    return total;
}

QString Product::attribute(const QString& name) const {
    for (const ProductAttribute& a : attributes) {
        if (a.name == name) {
            return a.value;
        }
    }
    return {};
}

}  // namespace kefu
