// What the codec accepts at its limits and for forward compatibility.
#include "FrameSamples.h"
#include "channel/FrameCodec.h"
#include "channel/FrameProblem.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

QByteArray pingOfSize(qsizetype size) {
    QByteArray frame = R"({"v":1,"type":"ping","at_ms":1)"_ba;
    frame += QByteArray(size - frame.size() - 1, ' ');
    return frame + '}';
}

QByteArray created(const QString& conversation, const QString& body) {
    return FrameCodec::encodeInbound(
        MessageCreatedFrame{{}, 1, u"m1"_s, conversation, u"小鱼儿"_s, MessageKind::Text, body, 0});
}

TEST(FrameCodecTest, AcceptsAFrameOfExactly64KiB) {
    const QByteArray frame = pingOfSize(FrameCodec::kMaxFrameBytes);
    ASSERT_EQ(frame.size(), 65536);
    const Result<InboundFrame> decoded = FrameCodec::decode(frame);
    ASSERT_TRUE(decoded.ok()) << decoded.error().detail.toStdString();
    EXPECT_TRUE(*decoded == InboundFrame(PingFrame{{}, 1}));
}

TEST(FrameCodecTest, RefusesOneByteOver64KiB) {
    const Result<InboundFrame> decoded = FrameCodec::decode(pingOfSize(FrameCodec::kMaxFrameBytes + 1));
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(frameProblemOf(decoded.error()), FrameProblem::TooLarge);
    const Result<OutboundFrame> outbound = FrameCodec::decodeOutbound(pingOfSize(FrameCodec::kMaxFrameBytes + 1));
    ASSERT_FALSE(outbound.ok());
    EXPECT_EQ(frameProblemOf(outbound.error()), FrameProblem::TooLarge);
}

TEST(FrameCodecTest, IgnoresUnknownFields) {
    const QByteArray frame =
        R"({"v":1,"type":"ack","seq":3,"priority":"high","trace":{"span":[1,2,{"k":null}]},"seq_hint":"x"})"_ba;
    const Result<OutboundFrame> decoded = FrameCodec::decodeOutbound(frame);
    ASSERT_TRUE(decoded.ok()) << decoded.error().detail.toStdString();
    EXPECT_TRUE(*decoded == OutboundFrame(AckFrame{{}, 3}));
}

TEST(FrameCodecTest, TreatsNullOptionalFieldsAsAbsent) {
    const QByteArray frame = R"({"v":1,"type":"conversation.transfer","id":null,"conversation":"c1",)"
                             R"("to_agent":"店:主管","reason":null})"_ba;
    const Result<OutboundFrame> decoded = FrameCodec::decodeOutbound(frame);
    ASSERT_TRUE(decoded.ok()) << decoded.error().detail.toStdString();
    EXPECT_TRUE(*decoded == OutboundFrame(ConversationTransferFrame{{}, u"c1"_s, u"店:主管"_s, {}}));
}

TEST(FrameCodecTest, AcceptsFieldsInAnyOrderAndWhitespace) {
    const QByteArray frame = " \r\n{ \"seq\" : 9 ,\n\t\"type\" : \"ack\", \"v\" : 1 }\n "_ba;
    const Result<OutboundFrame> decoded = FrameCodec::decodeOutbound(frame);
    ASSERT_TRUE(decoded.ok()) << decoded.error().detail.toStdString();
    EXPECT_TRUE(*decoded == OutboundFrame(AckFrame{{}, 9}));
}

TEST(FrameCodecTest, AcceptsIdsAndBodiesUpToTheirLimits) {
    const QString longestId(FrameLimits::kMaxIdLength, u'x');
    const QString longestText(FrameLimits::kMaxTextLength, u'好');
    EXPECT_TRUE(FrameCodec::decode(created(longestId, u"你好"_s)).ok());
    EXPECT_TRUE(FrameCodec::decode(created(u"c1"_s, longestText)).ok());
    EXPECT_FALSE(FrameCodec::decode(created(longestId + u'x', u"你好"_s)).ok());
    EXPECT_FALSE(FrameCodec::decode(created(u"c1"_s, longestText + u'好')).ok());
}

TEST(FrameCodecTest, KeepsEscapedAndAstralTextExact) {
    const QString body = u"引号\"反斜杠\\ 制表\t 换行\n 表情😊 \u0001"_s;
    const Result<InboundFrame> decoded = FrameCodec::decode(created(u"c1"_s, body));
    ASSERT_TRUE(decoded.ok()) << decoded.error().detail.toStdString();
    EXPECT_EQ(std::get<MessageCreatedFrame>(*decoded).body, body);
}

TEST(FrameCodecTest, FitsTheLargestValidMessageInOneFrame) {
    // Every field bounded: a body of 4000 control characters (6 bytes each once escaped) still fits in 64 KiB.
    const QString body(FrameLimits::kMaxTextLength, QChar(0x01));
    const QByteArray frame = created(QString(FrameLimits::kMaxIdLength, u'x'), body);
    EXPECT_LE(frame.size(), FrameCodec::kMaxFrameBytes);
    EXPECT_TRUE(FrameCodec::decode(frame).ok());
}

TEST(FrameCodecTest, RefusesEveryTruncationAndSurvivesEveryByteFlip) {
    for (const InboundFrame& frame : test::sampleInboundFrames()) {
        const QByteArray encoded = FrameCodec::encodeInbound(frame);
        SCOPED_TRACE(encoded.toStdString());
        for (qsizetype cut = 0; cut < encoded.size(); ++cut) {
            const Result<InboundFrame> decoded = FrameCodec::decode(encoded.left(cut));
            ASSERT_FALSE(decoded.ok()) << cut;
            EXPECT_TRUE(frameProblemOf(decoded.error()).has_value()) << decoded.error().detail.toStdString();
        }
        for (qsizetype at = 0; at < encoded.size(); ++at) {
            QByteArray flipped = encoded;
            flipped[at] = char(flipped[at] ^ 0x5A);
            const Result<InboundFrame> decoded = FrameCodec::decode(flipped);
            EXPECT_TRUE(decoded.ok() || frameProblemOf(decoded.error()).has_value()) << at;
        }
    }
}

}  // namespace

namespace kefu::test {
namespace {

TEST(FrameCodecTest, TellsTheSeqOfASequencedFrameItRefused) {
    const QByteArray unknownKind =
        R"({"v":1,"type":"message.created","seq":42,"gateway_message_id":"gw:1","conversation":"c-1",)"
        R"("buyer_nick":"小鱼儿","kind":"video","body":"x","sent_at_ms":1})";
    ASSERT_FALSE(FrameCodec::decode(unknownKind).ok());
    EXPECT_EQ(FrameCodec::sequenceOfRefused(unknownKind), 42);
    EXPECT_EQ(FrameCodec::sequenceOfRefused(R"({"v":1,"type":"x","seq":"42"})"), std::nullopt);  // not an integer
    EXPECT_EQ(FrameCodec::sequenceOfRefused(R"({"v":2,"type":"x","seq":42})"), std::nullopt);    // another version
    EXPECT_EQ(FrameCodec::sequenceOfRefused("{not json"), std::nullopt);
}

}  // namespace
}  // namespace kefu::test
