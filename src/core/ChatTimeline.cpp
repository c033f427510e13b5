#include "core/ChatTimeline.h"

#include "core/ShopTime.h"

namespace kefu {

bool ChatTimeline::needsSeparator(std::optional<qint64> previousMs, qint64 atMs) {
    return !previousMs || atMs - *previousMs > kSeparatorGapMs;
}

QString ChatTimeline::separatorLabel(qint64 atMs, qint64 nowMs) {
    if (ShopTime::businessDay(atMs) == ShopTime::businessDay(nowMs)) {
        return ShopTime::formatTime(atMs);
    }
    return ShopTime::formatDateTime(atMs);
}

}  // namespace kefu
