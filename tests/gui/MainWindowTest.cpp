#include "DemoWorkbench.h"

#include "gui/MainWindow.h"
#include "gui/inbox/InboxPanel.h"
#include "gui/shell/AgentStatusButton.h"
#include "gui/shell/ShortcutCheatSheet.h"
#include "gui/shell/UiLanguage.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"

#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }

    test::DemoWorkbench m_bench;
};

TEST_F(MainWindowTest, TitleNamesTheShopAndTheAgent) {
    MainWindow window(m_bench.context());
    EXPECT_TRUE(window.windowTitle().contains(m_bench.context().shop.name));
    EXPECT_TRUE(window.windowTitle().contains(m_bench.context().agent.displayName));
}

TEST_F(MainWindowTest, AltDownOpensTheNextConversationAndAltUpGoesBack) {
    MainWindow window(m_bench.context());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QSignalSpy opened(&m_bench.events(), &WorkbenchEvents::conversationSelected);
    QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
    ASSERT_EQ(opened.count(), 1);
    const qint64 first = opened.at(0).at(0).toLongLong();
    QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
    ASSERT_EQ(opened.count(), 2);
    const qint64 second = opened.at(1).at(0).toLongLong();
    EXPECT_NE(first, second);
    EXPECT_EQ(window.inboxPanel()->currentConversationId(), second);
    QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
    ASSERT_EQ(opened.count(), 3);
    EXPECT_EQ(opened.at(2).at(0).toLongLong(), first);
}

TEST_F(MainWindowTest, StatusBarCountsWaitingBuyers) {
    MainWindow window(m_bench.context());
    const auto waiting = ConversationRepository(m_bench.db()).countWaiting();
    ASSERT_TRUE(waiting.ok());
    ASSERT_GT(*waiting, 0);
    EXPECT_EQ(window.findChild<QLabel*>(u"statusWaiting"_s)->text(), u"待回复 %1 人"_s.arg(*waiting));
}

TEST_F(MainWindowTest, HangUpRequestStoresTheAgentStatus) {
    MainWindow window(m_bench.context());
    Q_EMIT m_bench.events().agentStatusChangeRequested(AgentStatus::Away);
    const auto agent = AgentRepository(m_bench.db()).find(m_bench.context().agent.id);
    ASSERT_TRUE(agent.ok());
    EXPECT_EQ(agent->status, AgentStatus::Away);
    EXPECT_TRUE(window.findChild<AgentStatusButton*>()->text().contains(u"挂起"_s));
}

TEST_F(MainWindowTest, LayoutIsRestoredOnTheNextStart) {
    {
        MainWindow window(m_bench.context());
        window.show();
        window.findChild<QDockWidget*>(u"quickPhraseDock"_s)->hide();
        window.findChild<QSplitter*>(u"workbenchSplitter"_s)->setSizes({411, 600, 300});
        window.close();
    }
    MainWindow again(m_bench.context());
    again.show();
    EXPECT_FALSE(again.findChild<QDockWidget*>(u"quickPhraseDock"_s)->isVisible());
    EXPECT_TRUE(again.findChild<QDockWidget*>(u"knowledgeDock"_s)->isVisible());
    EXPECT_EQ(again.findChild<QSplitter*>(u"workbenchSplitter"_s)->sizes().value(0), 411);
}

TEST_F(MainWindowTest, CheatSheetListsTheWindowKeys) {
    MainWindow window(m_bench.context());
    const QStringList rows = ShortcutCheatSheet(window.shortcutSections()).rows();
    for (const QString& key :
         {u"Ctrl+K"_s, u"Alt+↓"_s, u"Alt+↑"_s, u"Alt+N"_s, u"Ctrl+/"_s, u"Ctrl+F"_s, u"F1"_s, u"F2"_s, u"Ctrl+S"_s}) {
        EXPECT_TRUE(std::any_of(rows.cbegin(), rows.cend(), [&](const QString& row) { return row.startsWith(key); }))
            << key.toStdString();
    }
}

TEST_F(MainWindowTest, CheatSheetShowsNoEmptyHeadings) {
    MainWindow window(m_bench.context());
    ShortcutCheatSheet sheet(window.shortcutSections());
    auto* tree = sheet.findChild<QTreeWidget*>(u"shortcutTree"_s);
    ASSERT_NE(tree, nullptr);
    for (int i = 0; i + 1 < tree->topLevelItemCount(); ++i) {
        const bool heading = tree->topLevelItem(i)->isFirstColumnSpanned();
        const bool nextIsHeading = tree->topLevelItem(i + 1)->isFirstColumnSpanned();
        EXPECT_FALSE(heading && nextIsHeading) << tree->topLevelItem(i)->text(0).toStdString();
    }
}

// The English translation is compiled into the program and switches the window's own texts.
TEST_F(MainWindowTest, EnglishTranslationLoads) {
    const QLocale before;
    {
        UiLanguage english;
        ASSERT_TRUE(english.install(u"en"_s));
        EXPECT_EQ(QCoreApplication::translate("kefu::MainWindow", "快捷短语"), u"Quick phrases"_s);
        MainWindow window(m_bench.context());
        QStringList menus;
        for (QAction* action : window.menuBar()->actions()) {
            menus << action->text();
        }
        EXPECT_TRUE(menus.contains(u"&Conversation"_s)) << menus.join(u' ').toStdString();
        EXPECT_EQ(window.findChild<QDockWidget*>(u"knowledgeDock"_s)->windowTitle(), u"Product knowledge"_s);
    }
    QLocale::setDefault(before);
    EXPECT_EQ(QCoreApplication::translate("kefu::MainWindow", "快捷短语"), u"快捷短语"_s);
}

// What the agent sends to a buyer stays Chinese whatever the interface language: the buyer is a Chinese shopper.
TEST_F(MainWindowTest, BuyerFacingTextsStayChineseInTheEnglishInterface) {
    UiLanguage english;
    ASSERT_TRUE(english.install(u"en"_s));
    EXPECT_EQ(QCoreApplication::translate("kefu::MainWindow", "商品知识"), u"Product knowledge"_s);
    EXPECT_EQ(QCoreApplication::translate("PriceCalculator", "赠品：%1"), u"赠品：%1"_s);
}

// Shop staff often work on a 1366 × 768 laptop: the window, docks open, must fit there in either language.
TEST_F(MainWindowTest, FitsALaptopScreenInBothLanguages) {
    constexpr int kLaptopWidth = 1366;
    constexpr int kLaptopHeight = 768;
    {
        MainWindow chinese(m_bench.context());
        chinese.show();
        QCoreApplication::processEvents();
        EXPECT_LE(chinese.minimumSizeHint().width(), kLaptopWidth);
        EXPECT_LE(chinese.minimumSizeHint().height(), kLaptopHeight);
    }
    const QLocale before;
    {
        UiLanguage english;
        ASSERT_TRUE(english.install(u"en"_s));
        MainWindow window(m_bench.context());
        window.show();
        QCoreApplication::processEvents();
        EXPECT_LE(window.minimumSizeHint().width(), kLaptopWidth);
        EXPECT_LE(window.minimumSizeHint().height(), kLaptopHeight);
    }
    QLocale::setDefault(before);
}

}  // namespace
}  // namespace kefu
