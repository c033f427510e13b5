#include "channel/client/ReconnectBackoff.h"

#include <QList>

#include <gtest/gtest.h>

#include <algorithm>

namespace kefu {
namespace {

ReconnectBackoff withRandom(double value) {
    return ReconnectBackoff(BackoffPolicy{}, [value] { return value; });
}

TEST(ReconnectBackoffTest, DoublesFromOneSecondUpToThirtySeconds) {
    ReconnectBackoff backoff = withRandom(0.5);  // no jitter
    QList<qint64> delays;
    for (int i = 0; i < 8; ++i) {
        delays << backoff.nextDelayMs();
    }
    EXPECT_EQ(delays, (QList<qint64>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
}

TEST(ReconnectBackoffTest, JitterStaysWithinTwentyPercent) {
    ReconnectBackoff low = withRandom(0.0);
    ReconnectBackoff high = withRandom(0.999999);
    EXPECT_EQ(low.nextDelayMs(), 800);
    EXPECT_EQ(low.nextDelayMs(), 1600);
    EXPECT_NEAR(static_cast<double>(high.nextDelayMs()), 1200.0, 1.0);

    ReconnectBackoff real;  // QRandomGenerator
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = real.nextDelayMs();
        const qint64 base = std::min<qint64>(30000, 1000LL << std::min(i, 5));
        EXPECT_GE(delay, base * 8 / 10) << i;
        EXPECT_LE(delay, base * 12 / 10) << i;
    }
}

TEST(ReconnectBackoffTest, StartsOverAfterAConnectionStayedUpForSixtySeconds) {
    ReconnectBackoff backoff = withRandom(0.5);
    backoff.nextDelayMs();
    backoff.nextDelayMs();
    backoff.connectionUp(1000);
    backoff.connectionDown(1000 + 59999);  // not long enough
    EXPECT_EQ(backoff.nextDelayMs(), 4000);
    backoff.connectionUp(100000);
    backoff.connectionDown(160000);
    EXPECT_EQ(backoff.failures(), 0);
    EXPECT_EQ(backoff.nextDelayMs(), 1000);
}

}  // namespace
}  // namespace kefu
