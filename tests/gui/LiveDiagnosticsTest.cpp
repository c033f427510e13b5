#include "LiveWorkbench.h"
#include "gui/live/ChannelDiagnosticsDialog.h"
#include "gui/live/ChannelStatusLabel.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

QString value(ChannelDiagnosticsDialog* dialog, const QString& name) {
    auto* label = dialog->findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

TEST(LiveDiagnosticsTest, CtrlShiftDShowsTheCountersAndTheyFollowBadFrames) {
    test::LiveWorkbench live;
    live.window().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&live.window()));
    live.connect();
    ASSERT_TRUE(live.waitUntilLive());

    QTest::keyClick(&live.window(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = live.window().findChild<ChannelDiagnosticsDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(test::waitUntil([&] { return dialog->isVisible(); }));
    EXPECT_FALSE(dialog->isModal());  // the agent keeps working beside it
    EXPECT_EQ(value(dialog, u"stateValue"_s), u"已连接"_s);
    EXPECT_EQ(value(dialog, u"urlValue"_s), live.sim().url().toString());
    EXPECT_EQ(value(dialog, u"badFramesValue"_s), u"0"_s);

    FaultPlan plan;
    plan.malformed = 1.0;
    plan.malformedOversized = false;  // keep the connection: bad frames are dropped, not fatal
    live.sim().setFaultPlan(plan);
    const QString conversation = live.sim().openConversation(u"小鱼儿爱吃鱼"_s);
    live.sim().buyerSays(conversation, u"在吗"_s);
    ASSERT_TRUE(test::waitUntil([&] { return value(dialog, u"badFramesValue"_s).toInt() >= 2; }))
        << value(dialog, u"badFramesValue"_s).toStdString();
    EXPECT_NE(value(dialog, u"badFrameKindsValue"_s), u"无"_s);
    EXPECT_TRUE(dialog->report().contains(u"坏帧："_s));
    EXPECT_EQ(live.window().liveChannel()->state(), ChannelState::Live);

    // A click on the status bar's channel word opens the same dialog, not a second one.
    QTest::mouseClick(live.window().channelStatusLabel(), Qt::LeftButton);
    EXPECT_EQ(live.window().findChildren<ChannelDiagnosticsDialog*>().size(), 1);
}

}  // namespace
}  // namespace kefu
