#include "channel/sync/SequenceGate.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu::test {
namespace {

InboundFrame opened(qint64 seq) {
    ConversationOpenedFrame f;
    f.seq = seq;
    f.conversationId = u"conv-%1"_s.arg(seq);
    f.buyerNick = u"买家"_s;
    return f;
}

QList<qint64> seqsOf(const QList<InboundFrame>& frames) {
    QList<qint64> seqs;
    for (const InboundFrame& f : frames) {
        seqs.append(sequenceOf(f).value_or(-1));
    }
    return seqs;
}

TEST(SequenceGateTest, LetsAContiguousRunThroughInOrder) {
    SequenceGate gate;
    const auto admitted = gate.admit({opened(3), opened(1), opened(2)}, 0);
    EXPECT_EQ(seqsOf(admitted.ready), (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(gate.waiting(), 0);
}

TEST(SequenceGateTest, HoldsFramesBehindAGapUntilItFills) {
    SequenceGate gate;
    auto first = gate.admit({opened(1), opened(3), opened(4)}, 0);
    EXPECT_EQ(seqsOf(first.ready), (QList<qint64>{1}));
    EXPECT_EQ(gate.waiting(), 2);
    auto second = gate.admit({opened(2)}, 1);
    EXPECT_EQ(seqsOf(second.ready), (QList<qint64>{2, 3, 4}));
    EXPECT_EQ(gate.waiting(), 0);
}

TEST(SequenceGateTest, DropsDuplicatesOfPersistedAndWaitingFrames) {
    SequenceGate gate;
    auto first = gate.admit({opened(4), opened(9)}, 6);  // 4 is persisted already; 9 waits for 7 and 8
    EXPECT_EQ(first.duplicates, 1);
    EXPECT_TRUE(first.ready.isEmpty());
    auto again = gate.admit({opened(9), opened(7), opened(8)}, 6);
    EXPECT_EQ(again.duplicates, 1);
    EXPECT_EQ(seqsOf(again.ready), (QList<qint64>{7, 8, 9}));
}

TEST(SequenceGateTest, ClearForgetsWhatWaitedAndAcceptGapStartsAtTheLowestWaiting) {
    SequenceGate gate;
    (void)gate.admit({opened(5)}, 1);
    EXPECT_EQ(gate.waiting(), 1);
    gate.clear();
    EXPECT_EQ(gate.waiting(), 0);

    gate.acceptGap();  // resume_too_old: the gateway goes on from its oldest frame, 40
    auto admitted = gate.admit({opened(41), opened(40)}, 1);
    EXPECT_EQ(seqsOf(admitted.ready), (QList<qint64>{40, 41}));
    auto later = gate.admit({opened(43)}, 41);  // the gap rule applies again after the one accepted gap
    EXPECT_TRUE(later.ready.isEmpty());
}

TEST(SequenceGateTest, ARefusedFramesSeqIsLetThroughWithoutAFrame) {
    SequenceGate gate;
    gate.refuse(2);  // seq 2 could not be decoded; 3 and 4 must not wait for it forever
    const auto admitted = gate.admit({opened(1), opened(3), opened(4)}, 0);
    EXPECT_EQ(seqsOf(admitted.ready), (QList<qint64>{1, 3, 4}));
    EXPECT_EQ(admitted.refused, 1);
    EXPECT_EQ(admitted.through, 4);
    EXPECT_EQ(gate.waiting(), 0);
}

TEST(SequenceGateTest, ARefusedSeqThatIsNextIsCoveredAtOnce) {
    SequenceGate gate;
    gate.refuse(6);
    const auto admitted = gate.admit({}, 5);
    EXPECT_TRUE(admitted.ready.isEmpty());
    EXPECT_EQ(admitted.through, 6);
}

TEST(SequenceGateTest, ClearAlsoForgetsAnAcceptedGap) {
    SequenceGate gate;
    gate.acceptGap();
    gate.clear();  // a new connection: the flag from the old one must not skip seq 11 below
    const auto admitted = gate.admit({opened(12)}, 10);
    EXPECT_TRUE(admitted.ready.isEmpty());
    EXPECT_EQ(admitted.through, 10);
}

}  // namespace
}  // namespace kefu::test
