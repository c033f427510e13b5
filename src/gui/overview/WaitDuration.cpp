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

QString WaitDuration::counter(qint64 elapsedMs) {
    const qint64 seconds = qMax<qint64>(0, elapsedMs) / 1000;
    if (seconds < 60) {
        return tr("%1秒").arg(seconds);
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return tr("%1分%2秒").arg(minutes).arg(seconds % 60);
    }
    // Past an hour the seconds are noise; the row is red either way.
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return tr("%1小时%2分").arg(hours).arg(minutes % 60);
    }
    return tr("%1天%2小时").arg(hours / 24).arg(hours % 24);
}

WaitDuration::Level WaitDuration::level(qint64 elapsedMs) {
    if (elapsedMs >= kUrgentMs) {
        return Level::Urgent;
    }
    if (elapsedMs >= kWarnMs) {
        return Level::Warn;
    }
    return Level::Normal;
}

QColor WaitDuration::color(Level level) {
    switch (level) {
        case Level::Urgent:
            return QColor(0xd9, 0x36, 0x2b);
        case Level::Warn:
            return QColor(0xd4, 0x88, 0x06);
        case Level::Normal:
            break;
    }
    return QColor(0x8f, 0x95, 0x9e);
}

}  // namespace kefu
