#include "gui/widgets/FixedRowListView.h"

#include <QStringListModel>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

class FixedRowListViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        QStringList rows;
        for (int i = 0; i < 200; ++i) {
            rows << u"买家%1"_s.arg(i);
        }
        model.setStringList(rows);
        view.setModel(&model);
        view.setUniformRowHeight(40);
        view.resize(240, 400);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(model.index(5, 0));
        view.setFocus();
    }

    QStringListModel model;
    FixedRowListView view;
};

TEST_F(FixedRowListViewTest, EveryRowHasTheSameHeightAndTheColumnFillsTheWidth) {
    for (const int row : {0, 1, 150, 199}) {
        EXPECT_EQ(view.rowHeight(row), 40) << row;
    }
    EXPECT_EQ(view.columnWidth(0), view.viewport()->width());
    EXPECT_EQ(view.indexAt(QPoint(view.viewport()->width() - 2, 85)).row(), 2);
}

TEST_F(FixedRowListViewTest, HomeAndEndGoToTheFirstAndLastRowAsInAList) {
    QTest::keyClick(&view, Qt::Key_End);
    EXPECT_EQ(view.currentIndex().row(), 199);
    QTest::keyClick(&view, Qt::Key_Home);
    EXPECT_EQ(view.currentIndex().row(), 0);
}

TEST_F(FixedRowListViewTest, UpDownStepARowAndLeftRightStayPut) {
    QTest::keyClick(&view, Qt::Key_Down);
    EXPECT_EQ(view.currentIndex().row(), 6);
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Up);
    EXPECT_EQ(view.currentIndex().row(), 4);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Left);
    EXPECT_EQ(view.currentIndex().row(), 4);
    EXPECT_EQ(view.currentIndex().column(), 0);
}

TEST_F(FixedRowListViewTest, TabLeavesTheViewInsteadOfWalkingItsCells) {
    EXPECT_FALSE(view.tabKeyNavigation());
    EXPECT_EQ(view.selectionBehavior(), QAbstractItemView::SelectRows);
}

TEST_F(FixedRowListViewTest, AppendedRowsTakeTheSameHeight) {
    model.insertRows(model.rowCount(), 50);
    EXPECT_EQ(view.rowHeight(249), 40);
    QTest::keyClick(&view, Qt::Key_End);
    EXPECT_EQ(view.currentIndex().row(), 249);
}

}  // namespace
}  // namespace kefu
