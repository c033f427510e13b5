#include "LiveWorkbench.h"
#include "gui/live/ChannelAlertBanner.h"
#include "gui/live/ChannelStatusLabel.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

TEST(LiveAuthFailureTest, WrongTokenShowsWhatToDoAndDoesNotRetry) {
    test::LiveWorkbench live;
    live.connect(u"not-the-token"_s);
    ASSERT_TRUE(test::waitUntil([&] { return live.window().liveChannel()->state() == ChannelState::AuthFailed; }));

    ChannelAlertBanner* banner = live.window().channelAlertBanner();
    ASSERT_TRUE(test::waitUntil([&] { return banner->isVisible(); }));
    auto* text = banner->findChild<QLabel*>(u"channelAlertText"_s);
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->isVisible());
    EXPECT_TRUE(text->text().contains(u"网关拒绝了登录令牌，请在 设置 → 网关 中重新输入"_s))
        << text->text().toStdString();
    EXPECT_TRUE(banner->findChild<QWidget*>(u"channelAlertSettingsButton"_s)->isVisible());
    EXPECT_TRUE(live.window().channelStatusLabel()->statusText().contains(u"登录已失效"_s));

    // The reconnect delay is 100 ms here: a second attempt would have come long before this.
    QTest::qWait(1000);
    EXPECT_EQ(live.sim().record().refusedAuths(), 1);
    EXPECT_EQ(live.sim().record().authenticatedConnections(), 0);
    EXPECT_EQ(live.sim().connectionCount(), 0);
    EXPECT_EQ(live.window().liveChannel()->diagnostics().reconnects, 0);
    EXPECT_EQ(live.window().liveChannel()->state(), ChannelState::AuthFailed);
}

TEST(LiveAuthFailureTest, WithoutAGatewayTheStatusBarSaysOfflineMode) {
    test::LiveWorkbench live;
    EXPECT_FALSE(live.window().liveChannel()->isConfigured());
    EXPECT_TRUE(live.window().channelStatusLabel()->statusText().contains(u"离线模式"_s));
    EXPECT_FALSE(live.window().channelAlertBanner()->isVisible());
}

}  // namespace
}  // namespace kefu
