#include "gui/overview/WaitDuration.h"

namespace kefu {

QString WaitDuration::format(qint64 elapsedMs) {
    const qint64 seconds = qMax<qint64>(0, elapsedMs) / 1000;
    if (seconds < 10) {
        return tr("刚刚");
    }
    if (seconds < 60) {
        return tr("%1 秒").arg(seconds);
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return tr("%1 分钟").arg(minutes);
    }
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return minutes % 60 == 0 ? tr("%1 小时").arg(hours) : tr("%1 小时 %2 分").arg(hours).arg(minutes % 60);
    }
    const qint64 days = hours / 24;
    return hours % 24 == 0 ? tr("%1 天").arg(days) : tr("%1 天 %2 小时").arg(days).arg(hours % 24);
}

}  // namespace kefu
