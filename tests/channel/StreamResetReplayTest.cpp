#include "ApplierFixture.h"

namespace kefu::test {
namespace {

// After stream_reset the gateway renumbers the frames it still holds (protocol v1 §8): a frame applied before comes
// back under a new seq. Its effect must not happen twice: it is recognised by what it is, not by its seq.
class StreamResetReplayTest : public ApplierFixture {
protected:
    ConversationRepository conversations{store.db()};
    MessageRepository messages{store.db()};
};

TEST_F(StreamResetReplayTest, ARenumberedOpenDoesNotReopenAConversationClosedSince) {
    const ConversationOpenedFrame first = opened(1, u"conv-1"_s);
    applyOk({first});
    const qint64 id = conversationOf(u"conv-1"_s);
    ASSERT_TRUE(isOk(conversations.close(id, first.openedAtMs + 60000)));

    ConversationOpenedFrame renumbered = first;
    renumbered.seq = 2;
    const AppliedBatch batch = applyOk({renumbered});
    EXPECT_EQ(batch.lastSeq, 2);
    EXPECT_EQ(batch.duplicates, 1);
    EXPECT_EQ(conversations.find(id)->status, ConversationStatus::Closed);
}

TEST_F(StreamResetReplayTest, ABuyerWhoOpensAgainAfterTheCloseStillReopensIt) {
    const ConversationOpenedFrame first = opened(1, u"conv-1"_s);
    applyOk({first});
    const qint64 id = conversationOf(u"conv-1"_s);
    ASSERT_TRUE(isOk(conversations.close(id, first.openedAtMs + 60000)));

    ConversationOpenedFrame again = first;
    again.seq = 2;
    again.openedAtMs = first.openedAtMs + 120000;
    applyOk({again});
    EXPECT_EQ(conversations.find(id)->status, ConversationStatus::Waiting);
}

TEST_F(StreamResetReplayTest, ARenumberedTransferLeavesItsNoticeOnce) {
    applyOk({opened(1, u"conv-1"_s)});
    const qint64 id = conversationOf(u"conv-1"_s);
    const ConversationTransferredFrame moved{{}, 2, u"conv-1"_s, kSupervisor, kStream, u"买家要求退款"_s, kT0 + 9};
    applyOk({moved});
    ConversationTransferredFrame renumbered = moved;
    renumbered.seq = 3;
    const AppliedBatch batch = applyOk({renumbered});
    EXPECT_EQ(batch.lastSeq, 3);
    auto history = messages.history(id);
    ASSERT_TRUE(isOk(history));
    EXPECT_EQ(history->size(), 1);
    EXPECT_EQ(conversations.find(id)->assignedAgentId, agentId);

    // Another transfer of the same conversation (a different time) is a new event with its own notice.
    applyOk({ConversationTransferredFrame{{}, 4, u"conv-1"_s, kSupervisor, kStream, u"买家要求退款"_s, kT0 + 99}});
    EXPECT_EQ(messages.history(id)->size(), 2);
}

}  // namespace
}  // namespace kefu::test
