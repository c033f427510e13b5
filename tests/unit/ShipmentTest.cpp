#include "core/Shipment.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::Shipment;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDefaultThreshold = 72 * kHourMs;

TEST(Shipment, WithoutEventsTheClockRunsFromConsignment) {
    Shipment s;
    s.consignedAtMs = 1'000 * kHourMs;
    EXPECT_FALSE(s.isStalled(s.consignedAtMs + kDefaultThreshold));
    EXPECT_TRUE(s.isStalled(s.consignedAtMs + kDefaultThreshold + 1));

    Shipment unknown;  // no consignment time and no events: nothing has ever moved
    EXPECT_TRUE(unknown.isStalled(1'000 * kHourMs));
}

TEST(Shipment, StalledWhenTheLastEventIsOlderThanTheThreshold) {
    Shipment s;
    s.consignedAtMs = 0;
    s.events = {{10 * kHourMs, u"已揽收"_s, u"杭州"_s}, {20 * kHourMs, u"已发往上海"_s, u"杭州转运中心"_s}};
    EXPECT_FALSE(s.isStalled(20 * kHourMs + kDefaultThreshold));
    EXPECT_TRUE(s.isStalled(20 * kHourMs + kDefaultThreshold + 1));
    EXPECT_FALSE(s.isStalled(25 * kHourMs, 5 * kHourMs));
    EXPECT_TRUE(s.isStalled(26 * kHourMs, 5 * kHourMs));
}

TEST(Shipment, UsesTheLatestEventEvenIfOutOfOrder) {
    Shipment s;
    s.events = {{50 * kHourMs, u"派送中"_s, QString()}, {10 * kHourMs, u"已揽收"_s, QString()}};
    EXPECT_FALSE(s.isStalled(60 * kHourMs, 24 * kHourMs));
}

}  // namespace
