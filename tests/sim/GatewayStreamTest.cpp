#include "sim/GatewayStream.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

InboundFrame message(const QString& body) {
    MessageCreatedFrame f;
    f.gatewayMessageId = u"gw:"_s + body;
    f.conversationId = u"conv-1"_s;
    f.buyerNick = u"小鱼儿"_s;
    f.body = body;
    return f;
}

QList<qint64> seqsOf(const QList<InboundFrame>& frames) {
    QList<qint64> seqs;
    for (const InboundFrame& f : frames) {
        seqs.append(sequenceOf(f).value_or(-1));
    }
    return seqs;
}

TEST(GatewayStreamTest, NumbersFramesFromTheFirstSeqAndRetainsThem) {
    GatewayStream stream(u"a"_s, 5, 0);
    EXPECT_EQ(sequenceOf(stream.append(message(u"1"_s))), 5);
    EXPECT_EQ(sequenceOf(stream.append(message(u"2"_s))), 6);
    EXPECT_EQ(stream.highestSeq(), 6);
    EXPECT_EQ(stream.retainedSeqs(), (QList<qint64>{5, 6}));
}

TEST(GatewayStreamTest, AckIsCumulativeAndIgnoresSeqsNeverSent) {
    GatewayStream stream(u"a"_s, 1, 0);
    for (int i = 0; i < 4; ++i) {
        stream.append(message(QString::number(i)));
    }
    EXPECT_FALSE(stream.ack(9));
    EXPECT_EQ(stream.retainedCount(), 4);
    EXPECT_TRUE(stream.ack(3));
    EXPECT_EQ(stream.retainedSeqs(), (QList<qint64>{4}));
    EXPECT_FALSE(stream.ack(2));  // an older ack changes nothing
    EXPECT_EQ(stream.ackedSeq(), 3);
}

TEST(GatewayStreamTest, ResumeReplaysEverythingAboveLastSeqAndCountsAsAck) {
    GatewayStream stream(u"a"_s, 1, 0);
    for (int i = 0; i < 5; ++i) {
        stream.append(message(QString::number(i)));
    }
    const GatewayStream::Resume plan = stream.resume(2);
    EXPECT_TRUE(plan.errorCode.isEmpty());
    EXPECT_EQ(seqsOf(plan.frames), (QList<qint64>{3, 4, 5}));
    EXPECT_EQ(stream.retainedSeqs(), (QList<qint64>{3, 4, 5}));
}

TEST(GatewayStreamTest, ResumeBelowWhatIsHeldIsTooOld) {
    GatewayStream stream(u"a"_s, 1, 0);
    for (int i = 0; i < 5; ++i) {
        stream.append(message(QString::number(i)));
    }
    stream.ack(3);
    const GatewayStream::Resume plan = stream.resume(1);
    EXPECT_EQ(plan.errorCode, u"resume_too_old"_s);
    EXPECT_EQ(seqsOf(plan.frames), (QList<qint64>{4, 5}));
}

TEST(GatewayStreamTest, RetentionLimitForgetsTheOldest) {
    GatewayStream stream(u"a"_s, 1, 2);
    for (int i = 0; i < 4; ++i) {
        stream.append(message(QString::number(i)));
    }
    EXPECT_EQ(stream.retainedSeqs(), (QList<qint64>{3, 4}));
    EXPECT_EQ(stream.resume(0).errorCode, u"resume_too_old"_s);
}

TEST(GatewayStreamTest, ResumeAboveHighestIsAResetAndNewFramesGoAboveIt) {
    GatewayStream stream(u"a"_s, 1, 0);
    stream.append(message(u"1"_s));
    const GatewayStream::Resume plan = stream.resume(40);
    EXPECT_EQ(plan.errorCode, u"stream_reset"_s);
    EXPECT_EQ(seqsOf(plan.frames), (QList<qint64>{41}));  // replayed above what the workbench holds
    EXPECT_EQ(sequenceOf(stream.append(message(u"2"_s))), 42);
    EXPECT_TRUE(stream.resume(41).errorCode.isEmpty());
}

}  // namespace
}  // namespace kefu
