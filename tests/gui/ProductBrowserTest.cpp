// The 商品 tab while an agent types: results replaced in place (no model reset), the caption's new text not
// re-laying out the panel, and no scroll bars around an empty product page.
#include "DemoWorkbench.h"
#include "TypeText.h"

#include "gui/knowledge/ProductBrowser.h"
#include "gui/knowledge/ProductResultModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// Counts the layout requests the panel receives.
class LayoutRequests : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::LayoutRequest) {
            ++count;
        }
        return false;
    }
};

class ProductBrowserTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_browser.resize(520, 900);
        m_browser.show();
        m_search = m_browser.findChild<QLineEdit*>(u"productSearch"_s);
        m_results = m_browser.findChild<QTreeView*>(u"productResults"_s);
        m_caption = m_browser.findChild<QLabel*>(u"productSearchStatus"_s);
        ASSERT_NE(m_search, nullptr);
        ASSERT_NE(m_results, nullptr);
        ASSERT_NE(m_caption, nullptr);
        QCoreApplication::processEvents();
    }

    void search(const QString& text) {
        m_search->clear();
        test::commitText(m_search, text);
        QCoreApplication::processEvents();
    }

    test::DemoWorkbench m_bench;
    ProductBrowser m_browser{m_bench.context()};
    QLineEdit* m_search = nullptr;
    QTreeView* m_results = nullptr;
    QLabel* m_caption = nullptr;
};

TEST_F(ProductBrowserTest, SearchesReplaceRowsWithoutResettingTheModel) {
    QAbstractItemModelTester tester(m_results->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(m_results->model(), &QAbstractItemModel::modelReset);
    const int all = m_results->model()->rowCount();
    ASSERT_GT(all, 10);
    search(u"阔腿牛仔裤"_s);
    const int few = m_results->model()->rowCount();
    EXPECT_GT(few, 0);
    EXPECT_LT(few, all);
    EXPECT_TRUE(m_results->model()->index(0, ProductResultModel::TitleColumn).data().toString().contains(u"牛仔"_s));
    search(u"没有这种商品的名字"_s);
    EXPECT_EQ(m_results->model()->rowCount(), 0);
    search(u""_s);
    EXPECT_EQ(m_results->model()->rowCount(), all);
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(ProductBrowserTest, NewCaptionTextDoesNotReLayOutThePanel) {
    search(u"阔腿牛仔裤"_s);  // the first results settle the list's own layout
    EXPECT_TRUE(m_caption->text().contains(u"找到"_s));
    LayoutRequests requests;
    m_browser.installEventFilter(&requests);
    search(u"没有这种商品的名字"_s);
    EXPECT_TRUE(m_caption->text().startsWith(u"没有找到商品"_s));
    search(u"阔腿牛仔裤"_s);
    EXPECT_TRUE(m_caption->text().contains(u"找到"_s));
    EXPECT_EQ(requests.count, 0);
    // The caption is still fully visible in its bar.
    EXPECT_GE(m_caption->height(), m_caption->fontMetrics().height());
    EXPECT_GT(m_caption->width(), m_caption->fontMetrics().horizontalAdvance(m_caption->text()));
}

TEST_F(ProductBrowserTest, EmptyProductPageHasNoScrollBarsUntilAProductOpens) {
    auto* scroll = m_browser.findChild<QScrollArea*>(u"productPageScroll"_s);
    ASSERT_NE(scroll, nullptr);
    EXPECT_FALSE(scroll->verticalScrollBar()->isVisible());
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    search(u"阔腿牛仔裤"_s);
    QTest::keyClick(m_search, Qt::Key_Return);
    EXPECT_EQ(scroll->verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
}

}  // namespace
}  // namespace kefu
