#include "FrameSamples.h"
#include "channel/FrameCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

template <typename Variant>
QSet<std::size_t> typesCovered(const QList<Variant>& frames) {
    QSet<std::size_t> indexes;
    for (const Variant& frame : frames) {
        indexes.insert(frame.index());
    }
    return indexes;
}

QJsonObject jsonOf(const QByteArray& encoded) {
    return QJsonDocument::fromJson(encoded).object();
}

TEST(FrameCodecTest, SamplesCoverEveryFrameType) {
    EXPECT_EQ(typesCovered(test::sampleInboundFrames()).size(), std::variant_size_v<InboundFrame>);
    EXPECT_EQ(typesCovered(test::sampleOutboundFrames()).size(), std::variant_size_v<OutboundFrame>);
}

TEST(FrameCodecTest, RoundTripsEveryInboundFrame) {
    for (const InboundFrame& frame : test::sampleInboundFrames()) {
        const QByteArray encoded = FrameCodec::encodeInbound(frame);
        SCOPED_TRACE(encoded.toStdString());
        const Result<InboundFrame> decoded = FrameCodec::decode(encoded);
        ASSERT_TRUE(decoded.ok()) << decoded.error().detail.toStdString();
        EXPECT_TRUE(*decoded == frame);
        EXPECT_EQ(frameType(*decoded), frameType(frame));
    }
}

TEST(FrameCodecTest, RoundTripsEveryOutboundFrame) {
    for (const OutboundFrame& frame : test::sampleOutboundFrames()) {
        const QByteArray encoded = FrameCodec::encode(frame);
        SCOPED_TRACE(encoded.toStdString());
        const Result<OutboundFrame> decoded = FrameCodec::decodeOutbound(encoded);
        ASSERT_TRUE(decoded.ok()) << decoded.error().detail.toStdString();
        EXPECT_TRUE(*decoded == frame);
    }
}

TEST(FrameCodecTest, RoundTripsEveryEnumValue) {
    for (const TradeStatus status : allTradeStatuses()) {
        const InboundFrame frame = OrderUpdatedFrame{{}, 1, u"123"_s, u"买家"_s, status, Money::fromFen(1), 0};
        const Result<InboundFrame> decoded = FrameCodec::decode(FrameCodec::encodeInbound(frame));
        EXPECT_TRUE(decoded.ok() && *decoded == frame) << tradeStatusName(status).toStdString();
    }
    for (const AfterSaleType type : allAfterSaleTypes()) {
        for (const RefundStatus status : allRefundStatuses()) {
            const InboundFrame frame =
                RefundUpdatedFrame{{}, 1, u"1"_s, u"2"_s, u"3"_s, u"买家"_s, type, status, Money::fromFen(100), {}, 0};
            const Result<InboundFrame> decoded = FrameCodec::decode(FrameCodec::encodeInbound(frame));
            EXPECT_TRUE(decoded.ok() && *decoded == frame) << refundStatusName(status).toStdString();
        }
    }
    for (const Channel channel : allChannels()) {
        const InboundFrame frame = ConversationOpenedFrame{{}, 1, u"c1"_s, u"买家"_s, channel, 0};
        const Result<InboundFrame> decoded = FrameCodec::decode(FrameCodec::encodeInbound(frame));
        EXPECT_TRUE(decoded.ok() && *decoded == frame) << channelKey(channel).toStdString();
    }
    for (const AgentStatus status : allAgentStatuses()) {
        const OutboundFrame frame = PresenceFrame{{}, status};
        const Result<OutboundFrame> decoded = FrameCodec::decodeOutbound(FrameCodec::encode(frame));
        EXPECT_TRUE(decoded.ok() && *decoded == frame) << agentStatusKey(status).toStdString();
    }
}

TEST(FrameCodecTest, WritesVersionAndTypeFirst) {
    EXPECT_EQ(FrameCodec::encode(AckFrame{{}, 42}), R"({"v":1,"type":"ack","seq":42})"_ba);
    EXPECT_EQ(FrameCodec::encode(PresenceFrame{u"f-1"_s, AgentStatus::Away}),
              R"({"v":1,"type":"presence","id":"f-1","status":"away"})"_ba);
}

TEST(FrameCodecTest, WritesMoneyAsYuanStringsAndIdsAsStrings) {
    const QJsonObject json = jsonOf(FrameCodec::encodeInbound(OrderUpdatedFrame{{},
                                                                                3,
                                                                                u"3901234567890123456"_s,
                                                                                u"买家"_s,
                                                                                TradeStatus::TradeFinished,
                                                                                Money::fromFen(129900),
                                                                                1718000000000}));
    EXPECT_EQ(json.value(u"payment"_s).toString(), u"1299.00"_s);
    EXPECT_EQ(json.value(u"tid"_s).toString(), u"3901234567890123456"_s);
    EXPECT_EQ(json.value(u"status"_s).toString(), u"TRADE_FINISHED"_s);
    EXPECT_EQ(json.value(u"modified_at_ms"_s).toInteger(), 1718000000000);
}

TEST(FrameCodecTest, LeavesOutEmptyOptionalFields) {
    const QJsonObject json = jsonOf(FrameCodec::encode(ConversationTransferFrame{{}, u"conv-1"_s, u"店:主管"_s, {}}));
    EXPECT_FALSE(json.contains(u"reason"_s));
    EXPECT_FALSE(json.contains(u"id"_s));
    const QJsonObject failed = jsonOf(
        FrameCodec::encodeInbound(MessageAckedFrame{{}, 1, u"c-1"_s, MessageStatus::Failed, {}, 0, u"违禁词"_s}));
    EXPECT_FALSE(failed.contains(u"gateway_message_id"_s));
    EXPECT_FALSE(failed.contains(u"sent_at_ms"_s));
}

TEST(FrameCodecTest, TellsWhichFramesCarryASequence) {
    EXPECT_EQ(sequenceOf(MessageCreatedFrame{{}, 17, u"m"_s, u"c"_s, u"b"_s, MessageKind::Text, u"x"_s, 0}), 17);
    EXPECT_EQ(sequenceOf(MessageAckedFrame{{}, 18, u"c-1"_s, MessageStatus::Sent, u"m"_s, 0, {}}), 18);
    EXPECT_EQ(sequenceOf(HelloFrame{}), std::nullopt);
    EXPECT_EQ(sequenceOf(ErrorFrame{}), std::nullopt);
    EXPECT_EQ(sequenceOf(PingFrame{}), std::nullopt);
    for (const InboundFrame& frame : test::sampleInboundFrames()) {
        const bool sequenced = !std::holds_alternative<HelloFrame>(frame) &&
                               !std::holds_alternative<ErrorFrame>(frame) &&
                               !std::holds_alternative<PingFrame>(frame) && !std::holds_alternative<PongFrame>(frame);
        EXPECT_EQ(sequenceOf(frame).has_value(), sequenced) << frameType(frame);
    }
}

}  // namespace
