#include "DemoWorkbench.h"
#include "InboxTestSupport.h"

#include "gui/inbox/InboxDelegate.h"
#include "gui/inbox/InboxModel.h"
#include "gui/inbox/InboxRoles.h"
#include "gui/widgets/FixedRowListView.h"
#include "store/ConversationRepository.h"

#include <QImage>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// The delegate keeps each row's shaped texts between paints: what it paints from its cache must be what a delegate
// that never saw the row paints.
class InboxDelegateTest : public ::testing::Test {
protected:
    void SetUp() override {
        model.setView(InboxView::All);
        for (FixedRowListView* list : {&cached, &fresh}) {
            list->setUniformRowHeight(InboxDelegate::kRowHeight);
            list->setModel(&model);
            list->resize(340, 600);
            list->show();
        }
        cached.setItemDelegate(&cachedDelegate);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&cached));
    }

    // `list` as the agent sees it; `fresh` gets a delegate that has painted nothing yet.
    QImage shown(FixedRowListView& list) {
        if (&list == &fresh) {
            freshDelegate = std::make_unique<InboxDelegate>();
            fresh.setItemDelegate(freshDelegate.get());
        }
        list.doItemsLayout();
        return list.viewport()->grab().toImage();
    }

    test::DemoWorkbench bench;
    ConversationRepository conversations{bench.db()};
    InboxModel model{conversations, bench.clock(), bench.context().agent.id};
    InboxDelegate cachedDelegate;
    std::unique_ptr<InboxDelegate> freshDelegate;
    FixedRowListView cached;  // the inbox's own view
    FixedRowListView fresh;
};

TEST_F(InboxDelegateTest, ARepaintFromTheCacheLooksLikeAFirstPaint) {
    const QImage first = shown(cached);
    EXPECT_GT(cachedDelegate.cachedRows(), 5);
    EXPECT_EQ(shown(cached), first);
    EXPECT_EQ(shown(fresh), first);
}

TEST_F(InboxDelegateTest, ANewMessageShowsItsPreviewNotTheCachedOne) {
    const QImage before = shown(cached);
    const qint64 id = model.index(4).data(ConversationIdRole).toLongLong();
    test::appendBuyerMessage(bench.db(), id, u"请问今天能发货吗？"_s, bench.clock().nowMs() + 1000);
    model.refreshConversation(id);
    ASSERT_EQ(model.rowOf(id), 0);

    const QImage after = shown(cached);
    EXPECT_NE(after, before);
    EXPECT_EQ(after, shown(fresh));
}

TEST_F(InboxDelegateTest, WaitCountersFollowTheClock) {
    const QImage before = shown(cached);
    bench.clock().advance(95 * 1000);
    cached.viewport()->update();
    const QImage later = shown(cached);
    EXPECT_NE(later, before);
    EXPECT_EQ(later, shown(fresh));
}

TEST_F(InboxDelegateTest, ANarrowerListElidesAgain) {
    shown(cached);
    for (FixedRowListView* list : {&cached, &fresh}) {
        list->resize(230, 600);
    }
    EXPECT_EQ(shown(cached), shown(fresh));
}

TEST_F(InboxDelegateTest, KeepsOnlyAFewScreensOfRows) {
    int painted = 0;  // every conversation of the demo shop, open and closed
    for (const InboxView view : {InboxView::All, InboxView::Closed}) {
        model.setView(view);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        cached.doItemsLayout();
        QScrollBar* bar = cached.verticalScrollBar();
        for (bar->setValue(0);; bar->setValue(bar->value() + bar->pageStep())) {
            cached.viewport()->repaint();
            if (bar->value() >= bar->maximum()) {
                break;
            }
        }
        painted += model.rowCount();
    }
    EXPECT_GT(painted, 256);
    EXPECT_GT(cachedDelegate.cachedRows(), 100);
    EXPECT_LE(cachedDelegate.cachedRows(), 256);
}

}  // namespace
}  // namespace kefu
