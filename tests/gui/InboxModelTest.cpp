#include "DemoWorkbench.h"
#include "InboxTestSupport.h"

#include "gui/inbox/InboxModel.h"
#include "gui/inbox/InboxRoles.h"
#include "gui/overview/WaitDuration.h"
#include "store/ConversationRepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

class InboxModelTest : public ::testing::Test {
protected:
    std::unique_ptr<InboxModel> makeModel(InboxView view, bool testNow = true) {
        auto model = std::make_unique<InboxModel>(conversations, bench.clock(), bench.context().agent.id);
        model->setView(view);
        if (testNow) {
            attachTester(*model);
        }
        return model;
    }
    // The tester fetches a page of its own when it starts, so paging tests attach it after their first checks.
    void attachTester(InboxModel& model) {
        tester =
            std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    static qint64 idAt(const InboxModel& model, int row) {
        return model.index(row).data(ConversationIdRole).toLongLong();
    }
    static void fetchAll(InboxModel& model) {
        for (int guard = 0; guard < 100 && model.canFetchMore({}); ++guard) {
            model.fetchMore({});
        }
    }
    // The first row after `from` that is not in the view, e.g. an in-progress conversation for 待回复.
    qint64 conversationOutside(InboxModel& model, InboxView otherView) {
        InboxQuery query;
        query.view = otherView;
        query.limit = 100;
        auto rows = conversations.inboxPage(query);
        EXPECT_TRUE(rows.ok());
        for (const InboxRow& row : *rows) {
            if (!model.belongsToView(row)) {
                return row.conversation.id;
            }
        }
        ADD_FAILURE() << "no conversation outside the view";
        return 0;
    }

    test::DemoWorkbench bench;
    ConversationRepository conversations{bench.db()};
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(InboxModelTest, PagesInOrderWithoutRepeats) {
    auto model = makeModel(InboxView::Closed, /*testNow=*/false);
    EXPECT_EQ(model->rowCount(), InboxModel::kPageSize);
    ASSERT_TRUE(model->canFetchMore({}));
    const qint64 lastOfFirstPage = idAt(*model, InboxModel::kPageSize - 1);
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * InboxModel::kPageSize);
    EXPECT_EQ(idAt(*model, InboxModel::kPageSize - 1), lastOfFirstPage);  // appended, not reloaded
    attachTester(*model);
    fetchAll(*model);
    EXPECT_FALSE(model->canFetchMore({}));

    auto total = conversations.countInView(InboxView::Closed);
    ASSERT_TRUE(total.ok());
    ASSERT_EQ(model->rowCount(), *total);
    QSet<qint64> seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_FALSE(seen.contains(idAt(*model, row))) << "row " << row << " repeats";
        seen.insert(idAt(*model, row));
        if (row > 0) {
            EXPECT_GE(model->index(row - 1).data(LastMessageAtRole).toLongLong(),
                      model->index(row).data(LastMessageAtRole).toLongLong());
        }
    }
}

TEST_F(InboxModelTest, WaitingViewPutsTheLongestWaitFirst) {
    auto model = makeModel(InboxView::Waiting);
    ASSERT_GT(model->rowCount(), 1);
    for (int row = 1; row < model->rowCount(); ++row) {
        EXPECT_LE(model->index(row - 1).data(WaitingSinceRole).toLongLong(),
                  model->index(row).data(WaitingSinceRole).toLongLong());
    }
    EXPECT_EQ(model->index(0).data(StatusRole).toInt(), static_cast<int>(ConversationStatus::Waiting));
}

TEST_F(InboxModelTest, RefreshUpdatesOnlyThatRow) {
    auto model = makeModel(InboxView::All);
    int row = -1;
    for (int i = 0; i < model->rowCount() && row < 0; ++i) {
        if (model->index(i).data(UnreadCountRole).toInt() > 0) {
            row = i;
        }
    }
    ASSERT_GE(row, 0) << "the demo shop has unread conversations";
    const qint64 id = idAt(*model, row);
    ASSERT_TRUE(conversations.markRead(id).ok());

    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->refreshConversation(id);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), row);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), row);
    EXPECT_TRUE(moved.isEmpty());
    EXPECT_TRUE(reset.isEmpty());
    EXPECT_EQ(model->index(row).data(UnreadCountRole).toInt(), 0);
}

TEST_F(InboxModelTest, RefreshInsertsAConversationThatNowWaits) {
    auto model = makeModel(InboxView::Waiting);
    fetchAll(*model);
    const int before = model->rowCount();
    const qint64 id = conversationOutside(*model, InboxView::All);
    test::appendBuyerMessage(bench.db(), id, u"在吗？想问下尺码"_s, bench.clock().nowMs());

    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->refreshConversation(id);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(model->rowCount(), before + 1);
    // It has waited least of all, so it goes last.
    EXPECT_EQ(idAt(*model, model->rowCount() - 1), id);
    EXPECT_EQ(model->index(model->rowCount() - 1).data(PreviewRole).toString(), u"在吗？想问下尺码"_s);
}

TEST_F(InboxModelTest, RefreshRemovesAConversationThatLeftTheView) {
    auto model = makeModel(InboxView::Waiting);
    const int before = model->rowCount();
    ASSERT_GT(before, 1);
    const qint64 id = idAt(*model, 0);
    const qint64 next = idAt(*model, 1);
    ASSERT_TRUE(conversations.close(id, bench.clock().nowMs()).ok());

    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    model->refreshConversation(id);
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), 0);
    EXPECT_EQ(model->rowCount(), before - 1);
    EXPECT_EQ(idAt(*model, 0), next);
    EXPECT_EQ(model->rowOf(id), -1);
}

TEST_F(InboxModelTest, RefreshMovesARowAndTheSelectionFollows) {
    auto model = makeModel(InboxView::All);
    const int row = 10;
    const qint64 id = idAt(*model, row);
    QItemSelectionModel selection(model.get());
    selection.setCurrentIndex(model->index(row), QItemSelectionModel::ClearAndSelect);
    test::appendBuyerMessage(bench.db(), id, u"还在吗"_s, bench.clock().nowMs() + 1000);

    QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->refreshConversation(id);
    ASSERT_EQ(moved.size(), 1);
    EXPECT_TRUE(inserted.isEmpty());
    EXPECT_EQ(idAt(*model, 0), id);  // the newest message goes first
    EXPECT_EQ(selection.currentIndex().row(), 0);
    EXPECT_EQ(selection.currentIndex().data(ConversationIdRole).toLongLong(), id);
    EXPECT_EQ(model->index(0).data(PreviewRole).toString(), u"还在吗"_s);
}

TEST_F(InboxModelTest, RowPastTheLoadedPagesWaitsForItsPage) {
    auto model = makeModel(InboxView::Closed, /*testNow=*/false);
    ASSERT_TRUE(model->canFetchMore({}));
    attachTester(*model);
    const qint64 id = idAt(*model, 0);
    // Its last message moves far back in time: it now belongs to a page not yet fetched.
    QSqlQuery q(bench.db().connection());
    ASSERT_TRUE(q.prepare(u"UPDATE conversation SET last_message_at_ms = 1 WHERE id = ?"_s));
    q.addBindValue(id);
    ASSERT_TRUE(q.exec());

    const int loaded = model->rowCount();
    model->refreshConversation(id);
    EXPECT_EQ(model->rowOf(id), -1);
    EXPECT_EQ(model->rowCount(), loaded - 1);
    fetchAll(*model);
    // Its page brings it back once, at its place in the order.
    const int at = model->rowOf(id);
    EXPECT_GE(at, loaded - 1);
    int seen = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        seen += idAt(*model, row) == id ? 1 : 0;
        if (row > 0) {
            EXPECT_GE(model->index(row - 1).data(LastMessageAtRole).toLongLong(),
                      model->index(row).data(LastMessageAtRole).toLongLong());
        }
    }
    EXPECT_EQ(seen, 1);
}

TEST_F(InboxModelTest, WaitCounterTurnsAmberAtOneMinuteAndRedAtHundredSeconds) {
    auto model = makeModel(InboxView::Waiting);
    fetchAll(*model);
    const qint64 id = conversationOutside(*model, InboxView::All);
    test::appendBuyerMessage(bench.db(), id, u"有优惠券吗"_s, bench.clock().nowMs());
    model->refreshConversation(id);
    const int row = model->rowOf(id);
    ASSERT_GE(row, 0);
    auto text = [&] { return model->index(row).data(WaitTextRole).toString(); };
    auto level = [&] { return static_cast<WaitDuration::Level>(model->index(row).data(WaitLevelRole).toInt()); };
    auto color = [&] { return model->index(row).data(WaitColorRole).value<QColor>(); };

    bench.clock().advance(35 * 1000);
    EXPECT_EQ(text(), u"35秒"_s);
    EXPECT_EQ(level(), WaitDuration::Level::Normal);
    bench.clock().advance(25 * 1000);
    EXPECT_EQ(text(), u"1分0秒"_s);
    EXPECT_EQ(level(), WaitDuration::Level::Warn);
    EXPECT_EQ(color(), WaitDuration::color(WaitDuration::Level::Warn));
    bench.clock().advance(40 * 1000);
    EXPECT_EQ(text(), u"1分40秒"_s);
    EXPECT_EQ(level(), WaitDuration::Level::Urgent);
    EXPECT_EQ(color(), QColor(0xd9, 0x36, 0x2b));
}

TEST_F(InboxModelTest, MineShowsOnlyTheAgentsOpenConversations) {
    auto model = makeModel(InboxView::Mine);
    fetchAll(*model);
    auto count = conversations.countInView(InboxView::Mine, bench.context().agent.id);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(model->rowCount(), *count);
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_TRUE(model->belongsToView(model->rowAt(row)));
        EXPECT_EQ(model->rowAt(row).conversation.assignedAgentId, bench.context().agent.id);
    }
}

}  // namespace
}  // namespace kefu
