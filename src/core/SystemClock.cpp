#include "core/SystemClock.h"

#include <QDateTime>

namespace kefu {

qint64 SystemClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace kefu
