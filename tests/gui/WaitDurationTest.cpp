#include "gui/overview/WaitDuration.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

TEST(WaitDurationTest, ReadsAtAGlance) {
    EXPECT_EQ(WaitDuration::format(-5 * kSecond), u"刚刚"_s);  // a clock skewed behind the store
    EXPECT_EQ(WaitDuration::format(9 * kSecond), u"刚刚"_s);
    EXPECT_EQ(WaitDuration::format(45 * kSecond), u"45 秒"_s);
    EXPECT_EQ(WaitDuration::format(3 * kMinute + 59 * kSecond), u"3 分钟"_s);
    EXPECT_EQ(WaitDuration::format(2 * kHour), u"2 小时"_s);
    EXPECT_EQ(WaitDuration::format(kHour + 20 * kMinute), u"1 小时 20 分"_s);
    EXPECT_EQ(WaitDuration::format(48 * kHour), u"2 天"_s);
    EXPECT_EQ(WaitDuration::format(26 * kHour), u"1 天 2 小时"_s);
}

TEST(WaitDurationTest, CounterCountsSeconds) {
    EXPECT_EQ(WaitDuration::counter(-3 * kSecond), u"0秒"_s);
    EXPECT_EQ(WaitDuration::counter(35 * kSecond + 999), u"35秒"_s);
    EXPECT_EQ(WaitDuration::counter(2 * kMinute + 10 * kSecond), u"2分10秒"_s);
    EXPECT_EQ(WaitDuration::counter(kHour + 5 * kMinute + 7 * kSecond), u"1小时5分"_s);
    EXPECT_EQ(WaitDuration::counter(51 * kHour), u"2天3小时"_s);
}

TEST(WaitDurationTest, AmberFromOneMinuteRedFromHundredSeconds) {
    EXPECT_EQ(WaitDuration::level(0), WaitDuration::Level::Normal);
    EXPECT_EQ(WaitDuration::level(59 * kSecond + 999), WaitDuration::Level::Normal);
    EXPECT_EQ(WaitDuration::level(60 * kSecond), WaitDuration::Level::Warn);
    EXPECT_EQ(WaitDuration::level(99 * kSecond + 999), WaitDuration::Level::Warn);
    EXPECT_EQ(WaitDuration::level(100 * kSecond), WaitDuration::Level::Urgent);
    EXPECT_EQ(WaitDuration::level(3 * kHour), WaitDuration::Level::Urgent);
    EXPECT_NE(WaitDuration::color(WaitDuration::Level::Normal), WaitDuration::color(WaitDuration::Level::Warn));
    EXPECT_NE(WaitDuration::color(WaitDuration::Level::Warn), WaitDuration::color(WaitDuration::Level::Urgent));
}

}  // namespace
}  // namespace kefu
