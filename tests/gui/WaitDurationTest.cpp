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

}  // namespace
}  // namespace kefu
