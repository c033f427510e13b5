#include "core/ChatTimeline.h"

#include "core/ShopTime.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::ChatTimeline;
using kefu::ShopTime;

namespace {

TEST(ChatTimelineTest, SeparatorWhenMoreThanFiveMinutesApart) {
    const qint64 t = ShopTime::fromShanghai(QDate(2026, 11, 23), 14, 0);
    EXPECT_TRUE(ChatTimeline::needsSeparator(std::nullopt, t));
    EXPECT_FALSE(ChatTimeline::needsSeparator(t, t + 5 * 60 * 1000));
    EXPECT_TRUE(ChatTimeline::needsSeparator(t, t + 5 * 60 * 1000 + 1));
}

TEST(ChatTimelineTest, TodayShowsTheTimeOtherDaysTheDate) {
    const qint64 now = ShopTime::fromShanghai(QDate(2026, 11, 23), 14, 30);
    EXPECT_EQ(ChatTimeline::separatorLabel(ShopTime::fromShanghai(QDate(2026, 11, 23), 0, 5), now), u"00:05"_s);
    EXPECT_EQ(ChatTimeline::separatorLabel(ShopTime::fromShanghai(QDate(2026, 11, 22), 23, 59), now),
              u"2026-11-22 23:59"_s);
}

}  // namespace
