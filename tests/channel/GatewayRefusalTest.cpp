#include "channel/client/GatewayRefusal.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

using Action = GatewayRefusal::Action;

TEST(GatewayRefusalTest, RateLimitedIsAlwaysRetried) {
    EXPECT_EQ(GatewayRefusal::actionFor(u"rate_limited"_s, 1), Action::Retry);
    EXPECT_EQ(GatewayRefusal::actionFor(u"rate_limited"_s, 100), Action::Retry);
}

TEST(GatewayRefusalTest, AWrongOrUnknownTargetIsRefusedAtOnce) {
    for (const QString& code : {u"bad_frame"_s, u"unknown_conversation"_s, u"unknown_agent"_s}) {
        EXPECT_EQ(GatewayRefusal::actionFor(code, 1), Action::Refuse) << code.toStdString();
    }
}

TEST(GatewayRefusalTest, InternalAndUnknownCodesAreRetriedAFewTimes) {
    for (const QString& code : {u"internal"_s, u"content_blocked"_s}) {
        EXPECT_EQ(GatewayRefusal::actionFor(code, 1), Action::Retry) << code.toStdString();
        EXPECT_EQ(GatewayRefusal::actionFor(code, GatewayRefusal::kMaxAttempts - 1), Action::Retry);
        EXPECT_EQ(GatewayRefusal::actionFor(code, GatewayRefusal::kMaxAttempts), Action::Refuse);
    }
}

TEST(GatewayRefusalTest, SessionErrorsAreNotAboutTheFrameTheyQuote) {
    for (const QString& code :
         {u"auth_failed"_s, u"auth_timeout"_s, u"not_authenticated"_s, u"unsupported_version"_s}) {
        EXPECT_TRUE(GatewayRefusal::aboutTheSession(code)) << code.toStdString();
    }
    EXPECT_FALSE(GatewayRefusal::aboutTheSession(u"internal"_s));
    EXPECT_FALSE(GatewayRefusal::aboutTheSession(u"bad_frame"_s));
}

TEST(GatewayRefusalTest, ThePauseDoublesUpToThirtySeconds) {
    EXPECT_EQ(GatewayRefusal::pauseMs(5000, 0), 5000);
    EXPECT_EQ(GatewayRefusal::pauseMs(5000, 1), 10000);
    EXPECT_EQ(GatewayRefusal::pauseMs(5000, 2), 20000);
    EXPECT_EQ(GatewayRefusal::pauseMs(5000, 3), 30000);
    EXPECT_EQ(GatewayRefusal::pauseMs(5000, 40), 30000);
    EXPECT_EQ(GatewayRefusal::pauseMs(60000, 2), 60000);  // a longer configured pause is kept as it is
}

}  // namespace
}  // namespace kefu
