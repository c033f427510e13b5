#include "channel/client/ChannelDiagnostics.h"
#include "channel/client/ChannelState.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

const QList<ChannelState> kAll = {ChannelState::Stopped,      ChannelState::Connecting, ChannelState::Live,
                                  ChannelState::Reconnecting, ChannelState::AuthFailed, ChannelState::Unsupported,
                                  ChannelState::Failed};

TEST(ChannelStateTest, EveryStateHasItsOwnKeyAndAChineseLabel) {
    QSet<QString> keys;
    QSet<QString> labels;
    for (ChannelState state : kAll) {
        keys.insert(channelStateKey(state));
        labels.insert(channelStateLabel(state));
    }
    EXPECT_EQ(keys.size(), kAll.size());
    EXPECT_EQ(labels.size(), kAll.size());
    EXPECT_EQ(channelStateLabel(ChannelState::Live), u"已连接"_s);
    EXPECT_EQ(channelStateLabel(ChannelState::AuthFailed), u"登录已失效"_s);
    EXPECT_TRUE(channelStateIsTransient(ChannelState::Reconnecting));
    EXPECT_FALSE(channelStateIsTransient(ChannelState::AuthFailed));
}

TEST(ChannelStateTest, DiagnosticsCountBadFramesByTheirKey) {
    ChannelDiagnostics d;
    d.countBadFrame(FrameProblem::MalformedJson);
    d.countBadFrame(FrameProblem::MalformedJson);
    d.countBadFrame(ChannelDiagnostics::kBinaryFrameKey.toString());
    EXPECT_EQ(d.badFrameCount(u"malformed_json"_s), 2);
    EXPECT_EQ(d.badFrameCount(u"binary_frame"_s), 1);
    EXPECT_EQ(d.badFrameTotal(), 3);
    EXPECT_TRUE(d.summary().contains(u"malformed_json: 2"_s)) << d.summary().toStdString();
}

}  // namespace
}  // namespace kefu
