#include "gui/widgets/FixedRowListView.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

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
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(view);
        layout->addWidget(after);
        view->setModel(&model);
        view->setUniformRowHeight(40);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);  // as the inbox's form sets it
        window.resize(240, 440);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        view->setCurrentIndex(model.index(5, 0));
        view->setFocus();
    }

    QStringListModel model;
    QWidget window;
    FixedRowListView* view = new FixedRowListView(&window);
    QLineEdit* after = new QLineEdit(&window);
};

TEST_F(FixedRowListViewTest, EveryRowHasTheSameHeightAndTheColumnFillsTheWidth) {
    for (const int row : {0, 1, 150, 199}) {
        EXPECT_EQ(view->rowHeight(row), 40) << row;
    }
    EXPECT_EQ(view->columnWidth(0), view->viewport()->width());
    EXPECT_EQ(view->indexAt(QPoint(view->viewport()->width() - 2, 85)).row(), 2);
}

TEST_F(FixedRowListViewTest, HomeAndEndGoToTheFirstAndLastRowAsInAList) {
    QTest::keyClick(view, Qt::Key_End);
    EXPECT_EQ(view->currentIndex().row(), 199);
    QTest::keyClick(view, Qt::Key_Home);
    EXPECT_EQ(view->currentIndex().row(), 0);
}

TEST_F(FixedRowListViewTest, UpDownStepARowAndLeftRightStayPut) {
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(view->currentIndex().row(), 6);
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Up);
    EXPECT_EQ(view->currentIndex().row(), 4);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Left);
    EXPECT_EQ(view->currentIndex().row(), 4);
    EXPECT_EQ(view->currentIndex().column(), 0);
}

TEST_F(FixedRowListViewTest, TabLeavesTheViewInsteadOfWalkingItsCells) {
    ASSERT_TRUE(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    EXPECT_TRUE(after->hasFocus());
    EXPECT_EQ(view->currentIndex().row(), 5);
}

TEST_F(FixedRowListViewTest, AWheelNotchScrollsWholeRows) {
    QScrollBar* bar = view->verticalScrollBar();
    bar->setValue(0);
    const QPointF at(20, 20);
    QWheelEvent notch(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &notch);
    EXPECT_GT(bar->value(), 0);
    EXPECT_EQ(bar->value() % 40, 0) << "a notch leaves no row cut at the top";
    window.resize(window.width(), window.height() - 37);
    QCoreApplication::processEvents();
    bar->setValue(0);
    QCoreApplication::sendEvent(view->viewport(), &notch);
    EXPECT_EQ(bar->value() % 40, 0) << "whatever the view's height";
}

TEST_F(FixedRowListViewTest, AppendedRowsTakeTheSameHeight) {
    model.insertRows(model.rowCount(), 50);
    EXPECT_EQ(view->rowHeight(249), 40);
    QCoreApplication::processEvents();  // the view lays out once the inserts are done
    EXPECT_EQ(view->verticalScrollBar()->maximum() + view->viewport()->height(), 250 * 40);
}

}  // namespace
}  // namespace kefu
