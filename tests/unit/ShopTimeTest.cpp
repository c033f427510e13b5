#include "core/ShopTime.h"

#include "QtPrinters.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::ShopTime;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

TEST(ShopTime, MidnightInShanghaiIsFourPmUtc) {
    EXPECT_EQ(ShopTime::businessDay(utc(2026, 11, 23, 15, 59, 59, 999)), QDate(2026, 11, 23));
    EXPECT_EQ(ShopTime::businessDay(utc(2026, 11, 23, 16, 0)), QDate(2026, 11, 24));
    EXPECT_EQ(ShopTime::startOfBusinessDay(QDate(2026, 11, 24)), utc(2026, 11, 23, 16, 0));
    EXPECT_EQ(ShopTime::formatDateTime(utc(2026, 11, 23, 16, 0)), u"2026-11-24 00:00"_s);
    EXPECT_EQ(ShopTime::formatDateTime(utc(2026, 11, 23, 15, 59, 59)), u"2026-11-23 23:59"_s);
}

TEST(ShopTime, FromShanghaiIsEightHoursAhead) {
    EXPECT_EQ(ShopTime::fromShanghai(QDate(2026, 11, 23), 14, 5), utc(2026, 11, 23, 6, 5));
    EXPECT_EQ(ShopTime::fromShanghai(QDate(2026, 11, 23), 7, 59, 30), utc(2026, 11, 22, 23, 59, 30));
    EXPECT_EQ(ShopTime::fromShanghai(QDate(1970, 1, 1), 8, 0), 0);
    EXPECT_EQ(ShopTime::fromShanghai(QDate(), 8, 0), 0);  // an invalid day is not silently some other day
}

TEST(ShopTime, FormatsInShanghaiTime) {
    EXPECT_EQ(ShopTime::formatDateTime(utc(2026, 11, 23, 6, 5)), u"2026-11-23 14:05"_s);
    EXPECT_EQ(ShopTime::formatTime(utc(2026, 11, 23, 6, 5)), u"14:05"_s);
    EXPECT_EQ(ShopTime::formatTime(utc(2026, 11, 23, 16, 0)), u"00:00"_s);
    EXPECT_EQ(ShopTime::formatTime(-1), u"07:59"_s);  // before the epoch still floors, not truncates
    EXPECT_EQ(ShopTime::businessDay(-1), QDate(1970, 1, 1));
    EXPECT_EQ(ShopTime::businessDay(-8 * kHourMs - 1), QDate(1969, 12, 31));
}

TEST(ShopTime, FormatShortAroundMidnight) {
    const qint64 now = ShopTime::fromShanghai(QDate(2026, 11, 24), 0, 30);
    EXPECT_EQ(ShopTime::formatShort(ShopTime::fromShanghai(QDate(2026, 11, 24), 0, 10), now), u"00:10"_s);
    // Same UTC day as now, but yesterday in Shanghai.
    EXPECT_EQ(ShopTime::formatShort(ShopTime::fromShanghai(QDate(2026, 11, 23), 23, 50), now), u"昨天 23:50"_s);
    EXPECT_EQ(ShopTime::formatShort(ShopTime::fromShanghai(QDate(2026, 11, 23), 0, 0), now), u"昨天 00:00"_s);
    EXPECT_EQ(ShopTime::formatShort(ShopTime::fromShanghai(QDate(2026, 11, 22), 23, 59), now), u"11-22"_s);
    EXPECT_EQ(ShopTime::formatShort(ShopTime::fromShanghai(QDate(2026, 1, 1), 0, 0), now), u"01-01"_s);
    EXPECT_EQ(ShopTime::formatShort(ShopTime::fromShanghai(QDate(2025, 11, 20), 9, 0), now), u"2025-11-20"_s);
}

TEST(ShopTime, FormatShortYesterdayAcrossNewYear) {
    const qint64 now = ShopTime::fromShanghai(QDate(2027, 1, 1), 9, 0);
    EXPECT_EQ(ShopTime::formatShort(ShopTime::fromShanghai(QDate(2026, 12, 31), 22, 15), now), u"昨天 22:15"_s);
    EXPECT_EQ(ShopTime::formatShort(ShopTime::fromShanghai(QDate(2026, 12, 30), 22, 15), now), u"2026-12-30"_s);
}

TEST(ShopTime, ServiceHoursAreEightToTwentyThreeShanghai) {
    const QDate day(2026, 11, 23);
    EXPECT_FALSE(ShopTime::inServiceHours(ShopTime::fromShanghai(day, 7, 59, 59)));
    EXPECT_TRUE(ShopTime::inServiceHours(ShopTime::fromShanghai(day, 8, 0)));
    EXPECT_TRUE(ShopTime::inServiceHours(ShopTime::fromShanghai(day, 22, 59, 59)));
    EXPECT_FALSE(ShopTime::inServiceHours(ShopTime::fromShanghai(day, 23, 0)));
    EXPECT_FALSE(ShopTime::inServiceHours(ShopTime::fromShanghai(day, 0, 0)));
    EXPECT_TRUE(ShopTime::inServiceHours(utc(2026, 11, 23, 0, 0)));    // 08:00 in Shanghai
    EXPECT_FALSE(ShopTime::inServiceHours(utc(2026, 11, 23, 15, 0)));  // 23:00 in Shanghai
}

TEST(ShopTime, AgreesWithQtFixedOffsetZoneForEveryHourOfTwoYears) {
    const QTimeZone zone = ShopTime::zone();
    ASSERT_TRUE(zone.isValid());
    EXPECT_EQ(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)), 8 * 3600);
    const qint64 start = utc(2025, 1, 1, 0, 0);
    for (qint64 t = start; t < start + 2 * 366 * kDayMs; t += kHourMs + 17 * 60 * 1000) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, zone);
        ASSERT_EQ(ShopTime::businessDay(t), local.date()) << t;
        ASSERT_EQ(ShopTime::formatTime(t), local.time().toString(u"HH:mm"_s)) << t;
        ASSERT_EQ(ShopTime::fromShanghai(local.date(), local.time().hour(), local.time().minute()), t);
    }
}

TEST(ShopTime, StartOfBusinessDayMapsBackToTheSameDay) {
    for (QDate d(2024, 2, 27); d < QDate(2024, 3, 3); d = d.addDays(1)) {
        const qint64 start = ShopTime::startOfBusinessDay(d);
        EXPECT_EQ(ShopTime::businessDay(start), d);
        EXPECT_EQ(ShopTime::businessDay(start - 1), d.addDays(-1));
        EXPECT_EQ(ShopTime::startOfBusinessDay(d.addDays(1)) - start, kDayMs);
    }
}

}  // namespace
