#include "DemoWorkbench.h"

#include "gui/inbox/InboxPager.h"
#include "store/ConversationRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

class InboxPagerTest : public ::testing::Test {
protected:
    // Small pages, so every view of the demo shop takes several.
    static constexpr int kPageSize = 4;

    InboxPager makePager(InboxView view, int pageSize = kPageSize) {
        return InboxPager(conversations, view, bench.context().agent.id, pageSize, u"pager test"_s);
    }
    // The whole view in one read, in the order the pages must follow.
    QList<qint64> idsInOneRead(InboxView view) {
        auto total = conversations.countInView(view, bench.context().agent.id);
        InboxQuery query;
        query.view = view;
        query.agentId = bench.context().agent.id;
        query.limit = total ? *total : 0;
        auto rows = conversations.inboxPage(query);
        if (!total || !rows) {
            ADD_FAILURE() << "the view cannot be read";
            return {};
        }
        EXPECT_EQ(rows->size(), *total) << "the view fits one read";
        return ids(*rows);
    }
    static QList<qint64> ids(const QList<InboxRow>& rows) {
        QList<qint64> out;
        for (const InboxRow& row : rows) {
            out.append(row.conversation.id);
        }
        return out;
    }
    // Renames a table the inbox reads, so every page fails as a broken store would.
    void renameTable(const QString& from, const QString& to) {
        QSqlQuery q(bench.db().connection());
        ASSERT_TRUE(q.exec(u"ALTER TABLE "_s + from + u" RENAME TO "_s + to)) << q.lastError().text().toStdString();
    }

    test::DemoWorkbench bench;
    ConversationRepository conversations{bench.db()};
};

TEST_F(InboxPagerTest, PagesFollowEachOtherWithNoGapOrRepeat) {
    InboxPager pager = makePager(InboxView::Waiting);
    for (const InboxView view : {InboxView::Waiting, InboxView::Mine, InboxView::All, InboxView::Closed}) {
        SCOPED_TRACE(static_cast<int>(view));
        pager.setView(view);
        EXPECT_EQ(pager.view(), view);
        const QList<qint64> expected = idsInOneRead(view);
        ASSERT_GT(expected.size(), 2 * kPageSize) << "the demo shop fills several pages";

        std::optional<QList<InboxRow>> page = pager.firstPage();
        ASSERT_TRUE(page.has_value());
        QList<InboxRow> all = *page;
        int pages = 1;
        while (pager.hasMore() && pages <= expected.size()) {
            EXPECT_EQ(page->size(), kPageSize);
            page = pager.pageAfter(all.constLast());
            ASSERT_TRUE(page.has_value());
            all.append(*page);
            ++pages;
        }
        EXPECT_FALSE(pager.hasMore());
        EXPECT_LT(page->size(), kPageSize);  // the last page is short (or empty)
        EXPECT_EQ(ids(all), expected);
        EXPECT_TRUE(pager.lastError().isEmpty());
    }
}

TEST_F(InboxPagerTest, AFullLastPageLeavesOneEmptyPageToRead) {
    auto waiting = conversations.countInView(InboxView::Waiting);
    ASSERT_TRUE(waiting.ok());
    ASSERT_GT(*waiting, 0);
    InboxPager pager = makePager(InboxView::Waiting, *waiting);
    auto page = pager.firstPage();
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->size(), *waiting);
    EXPECT_TRUE(pager.hasMore());  // a full page cannot tell it was the last
    auto after = pager.pageAfter(page->constLast());
    ASSERT_TRUE(after.has_value());
    EXPECT_TRUE(after->isEmpty());
    EXPECT_FALSE(pager.hasMore());
}

TEST_F(InboxPagerTest, AStoreErrorIsReportedAndTheNextGoodReadClearsIt) {
    InboxPager pager = makePager(InboxView::All);
    auto first = pager.firstPage();
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(pager.hasMore());

    renameTable(u"customer"_s, u"customer_away"_s);
    EXPECT_FALSE(pager.pageAfter(first->constLast()).has_value());
    EXPECT_TRUE(pager.lastError().startsWith(u"无法读取会话列表"_s)) << pager.lastError().toStdString();
    EXPECT_FALSE(pager.hasMore());  // no fetching on into a store that fails
    EXPECT_FALSE(pager.firstPage().has_value());
    EXPECT_TRUE(pager.lastError().startsWith(u"无法读取会话列表"_s)) << pager.lastError().toStdString();

    renameTable(u"customer_away"_s, u"customer"_s);
    auto again = pager.firstPage();
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(ids(*again), ids(*first));
    EXPECT_TRUE(pager.lastError().isEmpty());
    EXPECT_TRUE(pager.hasMore());
}

TEST_F(InboxPagerTest, MineWithoutASignedInAgentIsReported) {
    InboxPager pager(conversations, InboxView::Mine, std::nullopt, kPageSize, u"pager test"_s);
    EXPECT_FALSE(pager.firstPage().has_value());
    EXPECT_FALSE(pager.lastError().isEmpty());
    EXPECT_FALSE(pager.hasMore());
}

}  // namespace
}  // namespace kefu
