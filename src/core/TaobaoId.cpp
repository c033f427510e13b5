#include "core/TaobaoId.h"

namespace kefu {

bool TaobaoId::isValid(QStringView id) {
    if (id.isEmpty() || id.size() > kMaxDigits || id.front() == u'0') {
        return false;
    }
    for (const QChar c : id) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

}  // namespace kefu
