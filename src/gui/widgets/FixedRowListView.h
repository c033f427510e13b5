#pragma once

#include <QTableView>

namespace kefu {

// A one-column list whose rows all have the same height, for lists that grow to 100k rows a page at a time (the
// inbox). QListView lays out every loaded row again after each insert, so a page fetched at 100k rows cost 4–8 ms
// more than one at 50; a table view keeps the rows' positions in its vertical header and appends in constant time.
// It behaves as a list: Home/End go to the first/last row, a wheel notch scrolls whole rows, Tab leaves the view,
// there are no headers or grid.
class FixedRowListView : public QTableView {
    Q_OBJECT

public:
    explicit FixedRowListView(QWidget* parent = nullptr);

    void setUniformRowHeight(int pixels);
    int uniformRowHeight() const;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;
};

}  // namespace kefu
