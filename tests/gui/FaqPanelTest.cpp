#include "DemoWorkbench.h"
#include "TypeText.h"

#include "gui/knowledge/FaqPanel.h"
#include "gui/knowledge/FaqResultModel.h"
#include "gui/knowledge/ProductKnowledgePanel.h"
#include "store/KnowledgeRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

using test::commitText;

class FaqPanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_panel = std::make_unique<ProductKnowledgePanel>(m_bench.context());
        m_panel->resize(480, 700);
        m_panel->show();
        m_search = m_panel->findChild<QLineEdit*>(u"faqSearch"_s);
        m_results = m_panel->findChild<QListView*>(u"faqResults"_s);
        ASSERT_NE(m_search, nullptr);
        ASSERT_NE(m_results, nullptr);
    }

    test::DemoWorkbench m_bench;
    std::unique_ptr<ProductKnowledgePanel> m_panel;
    QLineEdit* m_search = nullptr;
    QListView* m_results = nullptr;
};

TEST_F(FaqPanelTest, SearchThenEnterInsertsTheTopAnswerAndCountsTheUse) {
    const auto expected = KnowledgeRepository(m_bench.db()).search(u"掉色"_s, 1);
    ASSERT_TRUE(expected.ok() && !expected->isEmpty());
    const KnowledgeArticle top = expected->first();

    QSignalSpy inserted(&m_bench.events(), &WorkbenchEvents::composeInsertRequested);
    m_panel->focusFaqSearch();
    commitText(m_search, u"掉色"_s);
    ASSERT_GT(m_results->model()->rowCount(), 0);
    EXPECT_TRUE(m_panel->findChild<QTextBrowser*>(u"faqAnswer"_s)->toPlainText().contains(top.answer));
    if (const QString dir = qEnvironmentVariable("KEFU_KNOWLEDGE_SHOTS"); !dir.isEmpty()) {
        m_panel->grab().save(dir + u"/knowledge-faq.png"_s);
    }
    QTest::keyClick(m_search, Qt::Key_Return);

    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(0).toString(), top.answer);
    EXPECT_EQ(KnowledgeRepository(m_bench.db()).find(top.id)->useCount, top.useCount + 1);
}

TEST_F(FaqPanelTest, DownArrowPicksTheNextAnswer) {
    m_panel->focusFaqSearch();
    commitText(m_search, u"发货"_s);
    ASSERT_GT(m_results->model()->rowCount(), 1);
    QTest::keyClick(m_search, Qt::Key_Down);
    const QString second = m_results->model()->index(1, 0).data(FaqResultModel::AnswerRole).toString();
    QSignalSpy inserted(&m_bench.events(), &WorkbenchEvents::composeInsertRequested);
    QTest::keyClick(m_search, Qt::Key_Return);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(0).toString(), second);
}

TEST_F(FaqPanelTest, CategoryFilterListsOnlyThatCategory) {
    auto* category = m_panel->findChild<QComboBox*>(u"faqCategory"_s);
    ASSERT_NE(category, nullptr);
    QAbstractItemModelTester tester(m_results->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = m_results->model()->rowCount();
    EXPECT_EQ(all, 80);  // the demo FAQ, with no query
    category->setCurrentIndex(category->findText(u"尺码"_s));
    ASSERT_GT(m_results->model()->rowCount(), 0);
    EXPECT_LT(m_results->model()->rowCount(), all);
    for (int row = 0; row < m_results->model()->rowCount(); ++row) {
        EXPECT_EQ(m_results->model()->index(row, 0).data(FaqResultModel::CategoryRole).toString(), u"尺码"_s);
    }
}

TEST_F(FaqPanelTest, NothingFoundSaysSo) {
    m_panel->focusFaqSearch();
    commitText(m_search, u"量子力学"_s);
    EXPECT_EQ(m_results->model()->rowCount(), 0);
    QSignalSpy inserted(&m_bench.events(), &WorkbenchEvents::composeInsertRequested);
    QTest::keyClick(m_search, Qt::Key_Return);
    EXPECT_EQ(inserted.count(), 0);
}

}  // namespace
}  // namespace kefu
