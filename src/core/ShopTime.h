#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QtGlobal>

namespace kefu {

// Times are UTC ms in the store and Asia/Shanghai on screen; business days and service hours are Shanghai's.
class ShopTime {
public:
    static constexpr int kServiceStartHour = 8;  // 08:00
    static constexpr int kServiceEndHour = 23;   // 23:00

    static QString formatDateTime(qint64 utcMs);                // "2026-11-23 14:05"
    static QString formatTime(qint64 utcMs);                    // "14:05"
    static QString formatShort(qint64 utcMs, qint64 nowUtcMs);  // "14:05" today, "昨天 14:05", "11-20", "2025-11-20"
    static QDate businessDay(qint64 utcMs);                     // the Shanghai calendar day
    static bool inServiceHours(qint64 utcMs);
    static qint64 startOfBusinessDay(QDate day);  // UTC ms of 00:00 Shanghai on that day
    static qint64 fromShanghai(QDate day, int hour, int minute, int second = 0);
    // UTC+08:00 as a fixed offset (China has had no DST since 1991), so no tzdata is needed.
    static QTimeZone zone();
};

}  // namespace kefu
