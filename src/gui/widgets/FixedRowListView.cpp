#include "gui/widgets/FixedRowListView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace kefu {

FixedRowListView::FixedRowListView(QWidget* parent) : QTableView(parent) {
    horizontalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(1);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void FixedRowListView::setUniformRowHeight(int pixels) {
    verticalHeader()->setDefaultSectionSize(pixels);
}

int FixedRowListView::uniformRowHeight() const {
    return verticalHeader()->defaultSectionSize();
}

QModelIndex FixedRowListView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    // A table's Home/End move along the row; in a list they mean the first and the last row.
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    switch (action) {
        case MoveHome:
            return rows > 0 ? model()->index(0, 0, rootIndex()) : QModelIndex();
        case MoveEnd:
            return rows > 0 ? model()->index(rows - 1, 0, rootIndex()) : QModelIndex();
        default:
            return QTableView::moveCursor(action, modifiers);
    }
}

void FixedRowListView::updateGeometries() {
    QTableView::updateGeometries();
    // Scrolling by pixel, a table steps by the viewport height over the rows shown, so a wheel notch would leave the
    // top row cut; a list steps by a row.
    if (verticalScrollMode() == ScrollPerPixel) {
        verticalScrollBar()->setSingleStep(uniformRowHeight());
    }
}

}  // namespace kefu
