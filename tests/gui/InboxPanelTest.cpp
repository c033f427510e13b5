#include "DemoWorkbench.h"
#include "InboxTestSupport.h"
#include "core/WangwangEmoticons.h"

#include "gui/inbox/InboxModel.h"
#include "gui/inbox/InboxPanel.h"
#include "gui/inbox/InboxRoles.h"
#include "gui/inbox/NewMessageAlert.h"
#include "gui/widgets/FixedRowListView.h"
#include "store/ConversationRepository.h"
#include "store/OrderRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

class InboxPanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        settings = std::make_unique<QSettings>(dir.filePath(u"kefu.ini"_s), QSettings::IniFormat);
        panel = std::make_unique<InboxPanel>(bench.context());
        panel->alert()->setSettings(settings.get());
        // No audio and no tray in tests: count what would have played and shown.
        panel->alert()->setOutputs(
            {[this] { ++sounds; }, [this](const QString&, const QString& text) { popups.append(text); }});
        panel->resize(340, 700);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    }
    void TearDown() override { panel.reset(); }

    QLineEdit* searchEdit() { return panel->findChild<QLineEdit*>(u"searchEdit"_s); }
    FixedRowListView* inboxList() { return panel->findChild<FixedRowListView*>(u"inboxList"_s); }
    FixedRowListView* searchList() { return panel->findChild<FixedRowListView*>(u"searchList"_s); }
    QStackedWidget* stack() { return panel->findChild<QStackedWidget*>(u"stack"_s); }
    QList<qint64> searchIds() {
        QList<qint64> ids;
        QAbstractItemModel* model = searchList()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.append(model->index(row, 0).data(ConversationIdRole).toLongLong());
        }
        return ids;
    }
    InboxRow rowInAll(int index) {
        InboxQuery query;
        query.view = InboxView::All;
        query.limit = index + 1;
        auto rows = conversations.inboxPage(query);
        EXPECT_TRUE(rows.ok() && rows->size() > index);
        return rows->at(index);
    }

    test::DemoWorkbench bench;
    ConversationRepository conversations{bench.db()};
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<InboxPanel> panel;
    int sounds = 0;
    QStringList popups;
};

TEST_F(InboxPanelTest, OpensOnTheWaitingViewWithCountsOnTheTabs) {
    auto waiting = conversations.countInView(InboxView::Waiting);
    ASSERT_TRUE(waiting.ok());
    auto* tabs = panel->findChild<QTabBar*>(u"inboxViewTabs"_s);
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 4);
    EXPECT_EQ(tabs->tabText(0), u"待回复 %1"_s.arg(*waiting));
    EXPECT_EQ(tabs->tabText(3), u"已结束"_s);
    EXPECT_EQ(panel->view(), InboxView::Waiting);
    EXPECT_EQ(panel->waitingCount(), *waiting);
    EXPECT_EQ(inboxList()->model()->rowCount(), std::min(*waiting, InboxModel::kPageSize));

    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
    EXPECT_EQ(panel->view(), InboxView::All);
}

TEST_F(InboxPanelTest, SelectNextMovesDownAndOpensTheConversation) {
    QSignalSpy selected(&bench.events(), &WorkbenchEvents::conversationSelected);
    panel->selectNext();
    ASSERT_EQ(selected.size(), 1);
    const qint64 first = inboxList()->model()->index(0, 0).data(ConversationIdRole).toLongLong();
    EXPECT_EQ(selected.at(0).at(0).toLongLong(), first);
    EXPECT_EQ(panel->currentConversationId(), first);

    panel->selectNext();
    ASSERT_EQ(selected.size(), 2);
    EXPECT_EQ(inboxList()->currentIndex().row(), 1);
    EXPECT_EQ(selected.at(1).at(0).toLongLong(), inboxList()->currentIndex().data(ConversationIdRole).toLongLong());

    panel->selectPrevious();
    EXPECT_EQ(inboxList()->currentIndex().row(), 0);
    EXPECT_EQ(panel->currentConversationId(), first);
}

TEST_F(InboxPanelTest, EnterOpensTheRowAndMarksItRead) {
    panel->setView(InboxView::All);
    QAbstractItemModel* model = inboxList()->model();
    int row = -1;
    for (int i = 0; i < model->rowCount() && row < 0; ++i) {
        if (model->index(i, 0).data(UnreadCountRole).toInt() > 0) {
            row = i;
        }
    }
    ASSERT_GE(row, 0);
    const qint64 id = model->index(row, 0).data(ConversationIdRole).toLongLong();
    QSignalSpy selected(&bench.events(), &WorkbenchEvents::conversationSelected);
    QSignalSpy updated(&bench.events(), &WorkbenchEvents::conversationUpdated);

    inboxList()->setFocus();
    inboxList()->setCurrentIndex(model->index(row, 0));
    QTest::keyClick(inboxList(), Qt::Key_Return);

    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.at(0).at(0).toLongLong(), id);
    ASSERT_EQ(updated.size(), 1);
    EXPECT_EQ(updated.at(0).at(0).toLongLong(), id);
    auto stored = conversations.find(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->unreadCount, 0);
    EXPECT_EQ(model->index(model->index(0, 0).row() + 0, 0).isValid(), true);
    const int now = panel->model()->rowOf(id);
    ASSERT_GE(now, 0);
    EXPECT_EQ(model->index(now, 0).data(UnreadCountRole).toInt(), 0);
}

// A message that arrives in the conversation the agent has open is read: no badge on the row they are looking at.
TEST_F(InboxPanelTest, AMessageInTheOpenConversationIsMarkedRead) {
    panel->setView(InboxView::All);
    panel->selectNext();
    const qint64 id = panel->currentConversationId();
    ASSERT_GT(id, 0);
    test::appendBuyerMessage(bench.db(), id, u"在吗"_s, bench.clock().nowMs() + 1000);
    Q_EMIT bench.events().conversationUpdated(id);
    QTRY_COMPARE(conversations.find(id)->unreadCount, 0);
    EXPECT_EQ(panel->model()->index(panel->model()->rowOf(id)).data(UnreadCountRole).toInt(), 0);
    EXPECT_EQ(sounds, 1);  // it still chimes: the agent may be looking at another window

    // Another conversation's message stays unread.
    const InboxRow other = rowInAll(3);
    ASSERT_NE(other.conversation.id, id);
    test::appendBuyerMessage(bench.db(), other.conversation.id, u"还有货吗"_s, bench.clock().nowMs() + 2000);
    Q_EMIT bench.events().conversationUpdated(other.conversation.id);
    QCoreApplication::processEvents();
    EXPECT_GT(conversations.find(other.conversation.id)->unreadCount, 0);
}

// The list shows a Wangwang emoticon as the chat does, not as its code.
TEST_F(InboxPanelTest, PreviewShowsEmoticonsAsEmoji) {
    panel->setView(InboxView::All);
    const InboxRow row = rowInAll(5);
    test::appendBuyerMessage(bench.db(), row.conversation.id, u"好的 /:^_^"_s, bench.clock().nowMs() + 1000);
    Q_EMIT bench.events().conversationUpdated(row.conversation.id);
    const QString preview =
        panel->model()->index(panel->model()->rowOf(row.conversation.id)).data(PreviewRole).toString();
    EXPECT_EQ(preview, WangwangEmoticons::toDisplay(u"好的 /:^_^"_s));
    EXPECT_FALSE(preview.contains(u"/:"_s));
}

TEST_F(InboxPanelTest, ABuyerMessageUpdatesThePreviewAndUnreadAndAlerts) {
    panel->setView(InboxView::All);
    const InboxRow row = rowInAll(5);
    test::appendBuyerMessage(bench.db(), row.conversation.id, u"这件有现货吗？"_s, bench.clock().nowMs() + 1000);
    Q_EMIT bench.events().conversationUpdated(row.conversation.id);

    const int at = panel->model()->rowOf(row.conversation.id);
    ASSERT_EQ(at, 0);  // the newest message moves it to the top
    const QModelIndex index = panel->model()->index(at);
    EXPECT_EQ(index.data(PreviewRole).toString(), u"这件有现货吗？"_s);
    EXPECT_EQ(index.data(UnreadCountRole).toInt(), row.conversation.unreadCount + 1);
    EXPECT_EQ(sounds, 1);
    EXPECT_EQ(popups, QStringList{u"这件有现货吗？"_s});

    // Reading it is not a new message.
    ASSERT_TRUE(conversations.markRead(row.conversation.id).ok());
    Q_EMIT bench.events().conversationUpdated(row.conversation.id);
    EXPECT_EQ(sounds, 1);
    EXPECT_EQ(popups.size(), 1);
}

TEST_F(InboxPanelTest, NoAlertWhenSoundAndPopupAreSwitchedOff) {
    settings->setValue(QString::fromLatin1(NewMessageAlert::kSoundKey), false);
    settings->setValue(QString::fromLatin1(NewMessageAlert::kPopupKey), false);
    QSignalSpy raised(panel->alert(), &NewMessageAlert::raised);
    const InboxRow row = rowInAll(3);
    test::appendBuyerMessage(bench.db(), row.conversation.id, u"发什么快递"_s, bench.clock().nowMs() + 1000);
    Q_EMIT bench.events().conversationUpdated(row.conversation.id);
    EXPECT_EQ(panel->model()->rowCount() > 0, true);
    EXPECT_EQ(sounds, 0);
    EXPECT_TRUE(popups.isEmpty());
    EXPECT_TRUE(raised.isEmpty());

    settings->setValue(QString::fromLatin1(NewMessageAlert::kPopupKey), true);
    test::appendBuyerMessage(bench.db(), row.conversation.id, u"在吗"_s, bench.clock().nowMs() + 2000);
    Q_EMIT bench.events().conversationUpdated(row.conversation.id);
    EXPECT_EQ(sounds, 0);
    EXPECT_EQ(popups, QStringList{u"在吗"_s});
    ASSERT_EQ(raised.size(), 1);
    EXPECT_FALSE(raised.at(0).at(0).toBool());
    EXPECT_TRUE(raised.at(0).at(1).toBool());
}

TEST_F(InboxPanelTest, WaitingCountFollowsANewWaitingConversation) {
    QSignalSpy counted(panel.get(), &InboxPanel::waitingCountChanged);
    const int before = panel->waitingCount();
    InboxRow outside;
    for (int i = 0; i < 50; ++i) {
        outside = rowInAll(i);
        if (outside.conversation.status != ConversationStatus::Waiting) {
            break;
        }
    }
    ASSERT_NE(outside.conversation.status, ConversationStatus::Waiting);
    test::appendBuyerMessage(bench.db(), outside.conversation.id, u"你好"_s, bench.clock().nowMs());
    Q_EMIT bench.events().conversationUpdated(outside.conversation.id);
    QTRY_COMPARE(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toInt(), before + 1);
    EXPECT_GE(panel->model()->rowOf(outside.conversation.id), 0);
}

// A burst from the live channel: 200 updates in one event-loop turn, some conversations written to twice. Each
// conversation is listed once, newest message first, with its last message; the model stays consistent throughout
// and the tab counts catch up once the burst is over.
TEST_F(InboxPanelTest, TwoHundredUpdatesInOneTurnKeepEveryRowOnceAndInOrder) {
    panel->setView(InboxView::All);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    InboxQuery query;
    query.view = InboxView::All;
    query.limit = 150;
    const auto listed = conversations.inboxPage(query);
    ASSERT_TRUE(listed.ok());
    const int written = std::min<int>(150, static_cast<int>(listed->size()));
    ASSERT_GE(written, 60);
    QSignalSpy counted(panel.get(), &InboxPanel::waitingCountChanged);
    const int rowsBefore = panel->model()->rowCount();

    QHash<qint64, int> lastUpdate;  // conversation → the update that wrote its last message
    for (int update = 0; update < 200; ++update) {
        // From the bottom of the list up, so that nearly every update moves a row to the top.
        const qint64 id = listed->at(written - 1 - update % written).conversation.id;
        test::appendBuyerMessage(bench.db(), id, u"第%1条"_s.arg(update), bench.clock().nowMs() + 1000 + update);
        lastUpdate.insert(id, update);
        Q_EMIT bench.events().conversationUpdated(id);
    }

    InboxModel* model = panel->model();
    QList<qint64> expected = lastUpdate.keys();
    std::sort(expected.begin(), expected.end(),
              [&](qint64 a, qint64 b) { return lastUpdate.value(a) > lastUpdate.value(b); });
    QSet<qint64> seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->index(row).data(ConversationIdRole).toLongLong();
        EXPECT_FALSE(seen.contains(id)) << "listed twice: " << id;
        seen.insert(id);
        if (row < expected.size()) {
            ASSERT_EQ(id, expected.at(row)) << "row " << row;
            EXPECT_EQ(model->index(row).data(PreviewRole).toString(), u"第%1条"_s.arg(lastUpdate.value(id)));
        }
    }
    EXPECT_GE(model->rowCount(), rowsBefore);  // rows of later pages came to the top
    EXPECT_EQ(sounds, 1);                      // a burst chimes once
    // Conversations that were not waiting are now: the count follows once, after the burst.
    if (panel->waitingCount() != conversations.countInView(InboxView::Waiting).value()) {
        QTRY_COMPARE(counted.size(), 1);
    }
    EXPECT_EQ(panel->waitingCount(), conversations.countInView(InboxView::Waiting).value());
}

TEST_F(InboxPanelTest, SelectNextWaitingOpensTheLongestWaiting) {
    panel->setView(InboxView::Closed);
    InboxQuery query;
    query.view = InboxView::Waiting;
    query.limit = 2;
    auto longest = conversations.inboxPage(query);
    ASSERT_TRUE(longest.ok() && longest->size() == 2);
    QSignalSpy selected(&bench.events(), &WorkbenchEvents::conversationSelected);

    panel->selectNextWaiting();
    EXPECT_EQ(panel->view(), InboxView::Waiting);
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.at(0).at(0).toLongLong(), longest->at(0).conversation.id);
    // Still unanswered and open: the next call goes on to the one after it.
    panel->selectNextWaiting();
    ASSERT_EQ(selected.size(), 2);
    EXPECT_EQ(selected.at(1).at(0).toLongLong(), longest->at(1).conversation.id);
}

TEST_F(InboxPanelTest, SearchFindsByBuyerNickAndEscClears) {
    const InboxRow row = rowInAll(0);
    const QString part = row.buyerNick.left(3);
    panel->focusSearch();
    test::typeText(searchEdit(), part);
    QTRY_COMPARE(stack()->currentWidget(), searchList());
    QTRY_VERIFY(searchIds().contains(row.conversation.id));
    auto* status = panel->findChild<QLabel*>(u"searchStatusLabel"_s);
    EXPECT_TRUE(status->text().startsWith(u"找到"_s)) << status->text().toStdString();

    QTest::keyClick(searchEdit(), Qt::Key_Escape);
    EXPECT_TRUE(searchEdit()->text().isEmpty());
    EXPECT_EQ(stack()->currentWidget(), inboxList());
}

TEST_F(InboxPanelTest, SearchFindsByOrderNumber) {
    OrderRepository orders(bench.db());
    QString tid;
    qint64 customerId = 0;
    for (int i = 0; i < 100 && tid.isEmpty(); ++i) {
        const InboxRow row = rowInAll(i);
        auto list = orders.listForCustomer(row.conversation.customerId, 1);
        if (list.ok() && !list->isEmpty()) {
            tid = list->first().tid;
            customerId = row.conversation.customerId;
        }
    }
    ASSERT_FALSE(tid.isEmpty());
    panel->focusSearch();
    test::typeText(searchEdit(), tid);
    QTRY_VERIFY(!searchIds().isEmpty());
    QAbstractItemModel* model = searchList()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const qint64 id = model->index(r, 0).data(ConversationIdRole).toLongLong();
        auto c = conversations.find(id);
        ASSERT_TRUE(c.ok());
        EXPECT_EQ(c->customerId, customerId);
    }
}

TEST_F(InboxPanelTest, SearchFindsByMessageTextOnAWorker) {
    const InboxRow row = rowInAll(7);
    test::appendBuyerMessage(bench.db(), row.conversation.id, u"荧光绿的围巾还有吗"_s, bench.clock().nowMs());
    panel->focusSearch();
    test::typeText(searchEdit(), u"荧光绿"_s);
    QTRY_VERIFY_WITH_TIMEOUT(searchIds().contains(row.conversation.id), 5000);
    const int at = static_cast<int>(searchIds().indexOf(row.conversation.id));
    EXPECT_EQ(searchList()->model()->index(at, 0).data(MatchTextRole).toString(), u"荧光绿的围巾还有吗"_s);

    // Enter in the search box opens the first result.
    QSignalSpy selected(&bench.events(), &WorkbenchEvents::conversationSelected);
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.at(0).at(0).toLongLong(), searchIds().first());
}

TEST_F(InboxPanelTest, SearchWithNoMatchSaysSo) {
    panel->focusSearch();
    test::typeText(searchEdit(), u"绝对不会出现的词语"_s);
    auto* status = panel->findChild<QLabel*>(u"searchStatusLabel"_s);
    QTRY_VERIFY(status->text().startsWith(u"没有找到"_s));
    EXPECT_TRUE(searchIds().isEmpty());
}

TEST_F(InboxPanelTest, CtrlKDialogOpensTheBuyersLatestConversation) {
    const InboxRow row = rowInAll(12);
    auto latest = conversations.latestPerBuyer(row.buyerNick, 1);
    ASSERT_TRUE(latest.ok() && !latest->isEmpty());
    QSignalSpy selected(&bench.events(), &WorkbenchEvents::conversationSelected);

    panel->openJumpDialog();
    QWidget* dialog = panel->findChild<QWidget*>(u"inboxJumpDialog"_s);
    ASSERT_NE(dialog, nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* edit = dialog->findChild<QLineEdit*>(u"jumpEdit"_s);
    ASSERT_NE(edit, nullptr);
    test::typeText(edit, row.buyerNick);
    auto* list = dialog->findChild<QListView*>(u"jumpList"_s);
    ASSERT_GT(list->model()->rowCount(), 0);
    EXPECT_EQ(list->currentIndex().data(BuyerNickRole).toString(), row.buyerNick);
    QTest::keyClick(edit, Qt::Key_Return);

    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.at(0).at(0).toLongLong(), latest->first().conversation.id);
    EXPECT_EQ(panel->currentConversationId(), latest->first().conversation.id);
    QTRY_VERIFY(panel->findChild<QWidget*>(u"inboxJumpDialog"_s) == nullptr);
}

}  // namespace
}  // namespace kefu
