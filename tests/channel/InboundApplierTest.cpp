#include "ApplierFixture.h"

#include "store/GatewayStreamRepository.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace kefu::test {
namespace {

class InboundApplierTest : public ApplierFixture {
protected:
    sqlite3* handle() {
        const QVariant h = store.db().connection().driver()->handle();
        return *static_cast<sqlite3* const*>(h.constData());
    }
};

int countCommit(void* counter) {
    ++*static_cast<int*>(counter);
    return 0;  // 0: let the commit happen
}

TEST_F(InboundApplierTest, BurstAppliedTwiceStoresEverythingOnce) {
    QList<InboundFrame> frames{opened(1, u"conv-1001"_s)};
    frames.append(burst(9, 3, 2));
    const AppliedBatch first = applyOk(frames);
    EXPECT_EQ(first.applied, 10);
    EXPECT_EQ(first.duplicates, 0);
    EXPECT_EQ(first.lastSeq, 10);
    EXPECT_EQ(first.buyerMessageConversationIds.size(), 3);

    const AppliedBatch again = applyOk(frames);
    EXPECT_EQ(again.applied, 0);
    EXPECT_EQ(again.duplicates, 10);
    EXPECT_EQ(again.lastSeq, 10);
    EXPECT_TRUE(again.conversationIds.isEmpty());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM message"_s), 9);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM conversation"_s), 4);
}

TEST_F(InboundApplierTest, ResentFrameUnderNewSeqIsStoredOnceByGatewayId) {
    applyOk({created(1, u"conv-1"_s, u"gw:msg.1"_s)});
    // The gateway re-numbered it (e.g. after losing its state: stream_reset) and sent it again as seq 2.
    const AppliedBatch resent = applyOk({created(2, u"conv-1"_s, u"gw:msg.1"_s)});
    EXPECT_EQ(resent.applied, 0);
    EXPECT_EQ(resent.duplicates, 1);
    EXPECT_EQ(resent.lastSeq, 2);
    EXPECT_TRUE(resent.buyerMessageConversationIds.isEmpty());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM message"_s), 1);
    EXPECT_EQ(*applier.lastSeq(), 2);
}

TEST_F(InboundApplierTest, FramesAreAppliedInSeqOrderWhateverTheArrivalOrder) {
    const AppliedBatch batch = applyOk(
        {created(3, u"conv-1"_s, u"b"_s, u"后"_s), opened(1, u"conv-1"_s), created(2, u"conv-1"_s, u"a"_s, u"先"_s)});
    EXPECT_EQ(batch.applied, 3);
    EXPECT_EQ(text(u"SELECT group_concat(body, '') FROM (SELECT body FROM message ORDER BY id)"_s), u"先后"_s);
    EXPECT_EQ(text(u"SELECT channel FROM conversation"_s), u"tmall"_s);  // opened (seq 1) created it, not seq 2
}

TEST_F(InboundApplierTest, AFrameAheadOfAMissingSeqWaitsUnackedUntilTheGapFills) {
    // A reordered window split across two reads: 3 and 4 arrive before 2.
    const AppliedBatch first = applyOk({opened(1, u"conv-1"_s), created(3, u"conv-1"_s, u"gw:b"_s, u"二"_s),
                                        created(4, u"conv-1"_s, u"gw:c"_s, u"三"_s)});
    EXPECT_EQ(first.applied, 1);
    EXPECT_EQ(first.lastSeq, 1);  // what the worker acks: not 4, or the gateway would forget seq 2
    EXPECT_EQ(applier.waitingForGap(), 2);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM message"_s), 0);

    const AppliedBatch second = applyOk({created(2, u"conv-1"_s, u"gw:a"_s, u"一"_s)});
    EXPECT_EQ(second.applied, 3);
    EXPECT_EQ(second.lastSeq, 4);
    EXPECT_EQ(applier.waitingForGap(), 0);
    EXPECT_EQ(text(u"SELECT group_concat(body, '') FROM (SELECT body FROM message ORDER BY id)"_s), u"一二三"_s);
}

TEST_F(InboundApplierTest, ARefusedFrameIsCoveredSoTheFramesAfterItAreStored) {
    applier.refuse(2);  // the codec could not read seq 2 (e.g. an unknown message kind)
    const AppliedBatch batch = applyOk({opened(1, u"conv-1"_s), created(3, u"conv-1"_s, u"gw:c"_s, u"三"_s)});
    EXPECT_EQ(batch.applied, 2);
    EXPECT_EQ(batch.rejected, 1);
    EXPECT_EQ(batch.lastSeq, 3);
    EXPECT_EQ(*applier.lastSeq(), 3);
    EXPECT_EQ(applier.waitingForGap(), 0);
}

TEST_F(InboundApplierTest, ThousandMessagesAreOneTransaction) {
    int commits = 0;
    sqlite3_commit_hook(handle(), &countCommit, &commits);
    const AppliedBatch batch = applyOk(burst(1000, 20));
    sqlite3_commit_hook(handle(), nullptr, nullptr);
    EXPECT_EQ(commits, 1);
    EXPECT_EQ(batch.applied, 1000);
    EXPECT_EQ(batch.lastSeq, 1000);
    EXPECT_EQ(batch.conversationIds.size(), 20);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM message"_s), 1000);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM conversation WHERE status = 'waiting' AND unread_count = 50"_s), 20);
}

TEST_F(InboundApplierTest, RejectedFramesAreCountedAndDoNotStopTheBurst) {
    const AppliedBatch batch =
        applyOk({opened(1, u"conv-1"_s), acked(2, u"c-unknown"_s, MessageStatus::Sent, u"gw:r1"_s),
                 created(3, u"conv-1"_s, u"gw:1"_s),
                 ConversationTransferredFrame{{}, 4, u"conv-nobody"_s, {}, kSupervisor, {}, kT0},
                 created(5, u"conv-1"_s, u"gw:2"_s)});
    EXPECT_EQ(batch.applied, 3);
    EXPECT_EQ(batch.rejected, 2);
    EXPECT_EQ(batch.lastSeq, 5);
    EXPECT_EQ(*applier.lastSeq(), 5);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM message"_s), 2);
}

TEST_F(InboundApplierTest, AMessageRunWithABadFrameKeepsTheOthers) {
    // A trigger refusing one body stands in for a frame the store's rules reject (a Constraint, not I/O).
    QSqlQuery q(store.db().connection());
    ASSERT_TRUE(
        q.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON message WHEN NEW.body = '坏' "
               "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
    const AppliedBatch batch = applyOk({created(1, u"conv-1"_s, u"gw:1"_s), created(2, u"conv-1"_s, u"gw:2"_s, u"坏"_s),
                                        created(3, u"conv-1"_s, u"gw:3"_s)});
    EXPECT_EQ(batch.applied, 2);
    EXPECT_EQ(batch.rejected, 1);
    EXPECT_EQ(batch.lastSeq, 3);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM message"_s), 2);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM conversation"_s), 1);
}

TEST_F(InboundApplierTest, DiskFullStoresNothingAndKeepsLastSeq) {
    applyOk({opened(1, u"conv-1"_s), created(2, u"conv-1"_s, u"gw:1"_s)});
    // The file may not grow: the next write that needs a new page fails with SQLITE_FULL, as on a full disk.
    const int pages = scalar(u"PRAGMA page_count"_s);
    ASSERT_EQ(scalar(u"PRAGMA max_page_count = %1"_s.arg(pages)), pages);
    const QList<InboundFrame> frames = burst(1000, 20, 3);
    auto failed = applier.apply(frames);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::DiskFull) << failed.error().detail.toStdString();
    EXPECT_EQ(*applier.lastSeq(), 2);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM message"_s), 1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM conversation"_s), 1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM customer"_s), 1);

    // Room again: the gateway's re-send goes in whole.
    scalar(u"PRAGMA max_page_count = 1073741823"_s);
    const AppliedBatch retried = applyOk(frames);
    EXPECT_EQ(retried.applied, 1000);
    EXPECT_EQ(retried.lastSeq, 1002);
}

TEST_F(InboundApplierTest, UnsequencedFramesAreIgnored) {
    const AppliedBatch batch = applyOk({HelloFrame{}, PingFrame{}, created(1, u"conv-1"_s, u"gw:1"_s)});
    EXPECT_EQ(batch.applied, 1);
    EXPECT_EQ(batch.duplicates, 0);
    EXPECT_EQ(batch.lastSeq, 1);
}

TEST_F(InboundApplierTest, AnEmptyBurstReportsTheStoredLastSeq) {
    applyOk({created(1, u"conv-1"_s, u"gw:1"_s), created(2, u"conv-1"_s, u"gw:2"_s)});
    InboundApplier restarted(store.db(), kStream, kStream);
    auto batch = restarted.apply({});
    ASSERT_TRUE(isOk(batch));
    EXPECT_EQ(batch->lastSeq, 2);
    EXPECT_EQ(*GatewayStreamRepository(store.db()).lastSeq(u"木棉纪旗舰店:别人"_s), 0);
}

TEST_F(InboundApplierTest, NewConversationsAreRoutedToTheSignedInAgent) {
    applyOk({opened(1, u"conv-1"_s, u"新买家"_s, Channel::Taobao), created(2, u"conv-2"_s, u"gw:1"_s, u"你好"_s)});
    const qint64 first = conversationOf(u"conv-1"_s);
    auto c = ConversationRepository(store.db()).find(first);
    ASSERT_TRUE(isOk(c));
    EXPECT_EQ(c->assignedAgentId, agentId);
    EXPECT_EQ(c->channel, Channel::Taobao);
    EXPECT_EQ(c->status, ConversationStatus::Waiting);
    EXPECT_EQ(text(u"SELECT level FROM customer WHERE buyer_nick = '新买家'"_s), u"new"_s);
    auto second = ConversationRepository(store.db()).find(conversationOf(u"conv-2"_s));
    ASSERT_TRUE(isOk(second));
    EXPECT_EQ(second->channel, Channel::Other);  // message.created without conversation.opened
    EXPECT_EQ(second->unreadCount, 1);
}

TEST_F(InboundApplierTest, ReopenedConversationWaitsAgain) {
    applyOk({opened(1, u"conv-1"_s)});
    const qint64 id = conversationOf(u"conv-1"_s);
    ASSERT_TRUE(isOk(ConversationRepository(store.db()).close(id, kT0 + 5)));
    ConversationOpenedFrame again = opened(2, u"conv-1"_s);
    again.openedAtMs = kT0 + 10;  // after the close (an open from before it is an old frame: StreamResetReplayTest)
    const AppliedBatch batch = applyOk({again});
    EXPECT_TRUE(batch.conversationIds.contains(id));
    EXPECT_EQ(ConversationRepository(store.db()).find(id)->status, ConversationStatus::Waiting);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM conversation"_s), 1);
}

}  // namespace
}  // namespace kefu::test
