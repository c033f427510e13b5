#include "core/ShopTime.h"

#include <QCoreApplication>
#include <QTime>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kOffsetSeconds = 8 * 3600;
constexpr qint64 kOffsetMs = qint64(kOffsetSeconds) * 1000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kJulianDayOfEpoch = 2440588;  // 1970-01-01

// Shanghai wall-clock time is plain arithmetic on a fixed offset: cheaper than QDateTime for every inbox row.
qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 localMs(qint64 utcMs) {
    return utcMs + kOffsetMs;
}

QTime timeOfDay(qint64 utcMs) {
    const qint64 local = localMs(utcMs);
    return QTime::fromMSecsSinceStartOfDay(int(local - floorDiv(local, kDayMs) * kDayMs));
}

}  // namespace

QString ShopTime::formatDateTime(qint64 utcMs) {
    return businessDay(utcMs).toString(u"yyyy-MM-dd"_s) % u' ' % formatTime(utcMs);
}

QString ShopTime::formatTime(qint64 utcMs) {
    return timeOfDay(utcMs).toString(u"HH:mm"_s);
}

QString ShopTime::formatShort(qint64 utcMs, qint64 nowUtcMs) {
    const QDate day = businessDay(utcMs);
    const QDate today = businessDay(nowUtcMs);
    if (day == today) {
        return formatTime(utcMs);
    }
    if (day == today.addDays(-1)) {
        return QCoreApplication::translate("kefu::ShopTime", "昨天 %1").arg(formatTime(utcMs));
    }
    if (day.year() == today.year()) {
        return day.toString(u"MM-dd"_s);
    }
    return day.toString(u"yyyy-MM-dd"_s);
}

QDate ShopTime::businessDay(qint64 utcMs) {
    return QDate::fromJulianDay(kJulianDayOfEpoch + floorDiv(localMs(utcMs), kDayMs));
}

bool ShopTime::inServiceHours(qint64 utcMs) {
    const int hour = timeOfDay(utcMs).hour();
    return hour >= kServiceStartHour && hour < kServiceEndHour;
}

qint64 ShopTime::startOfBusinessDay(QDate day) {
    return fromShanghai(day, 0, 0, 0);
}

qint64 ShopTime::fromShanghai(QDate day, int hour, int minute, int second) {
    if (!day.isValid()) {
        return 0;
    }
    const qint64 days = day.toJulianDay() - kJulianDayOfEpoch;
    const qint64 secondsOfDay = qint64(hour) * 3600 + qint64(minute) * 60 + second;
    return days * kDayMs + secondsOfDay * 1000 - kOffsetMs;
}

QTimeZone ShopTime::zone() {
    return QTimeZone(kOffsetSeconds);
}

}  // namespace kefu
