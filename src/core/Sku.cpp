#include "core/Sku.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kefu {

QString Sku::specText() const {
    QStringList values;
    values.reserve(spec.size());
    for (const SpecValue& s : spec) {
        values.append(s.value);
    }
    return values.join(u" / "_s);
}

QString Sku::specValue(const QString& name) const {
    for (const SpecValue& s : spec) {
        if (s.name == name) {
            return s.value;
        }
    }
    return {};
}

}  // namespace kefu
