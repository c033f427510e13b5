#pragma once

#include <QAbstractItemModel>
#include <QList>

#include <algorithm>
#include <utility>

namespace kefu {

// The protected row notifications applyListUpdate sends for a model, each around the change it announces. A model
// that applies its lists with it grants them with `friend struct ListModelRows;` (a friend of the model may call the
// members it inherits as protected), which opens nothing else to the helper.
struct ListModelRows {
    template <typename Model, typename Change>
    static void remove(Model& model, int first, int last, Change change) {
        model.beginRemoveRows({}, first, last);
        change();
        model.endRemoveRows();
    }
    template <typename Model, typename Change>
    static void insert(Model& model, int first, int last, Change change) {
        model.beginInsertRows({}, first, last);
        change();
        model.endInsertRows();
    }
};

namespace listmodel {

// `first`..`last` changed in every column. QAbstractListModel hides columnCount, so it is asked as an item model.
inline void announceChanged(QAbstractItemModel& model, int first, int last) {
    const int lastColumn = std::as_const(model).columnCount() - 1;
    Q_EMIT model.dataChanged(model.index(first, 0), model.index(last, lastColumn));
}

// The surplus rows removed, the kept ones replaced by `replaceKept(kept)`, the new ones appended: never a reset,
// which would drop the view's selection and scroll position and re-measure its header.
template <typename Model, typename Row, typename ReplaceKept>
void apply(Model& model, QList<Row>& rows, const QList<Row>& next, ReplaceKept replaceKept) {
    const int kept = static_cast<int>(std::min(rows.size(), next.size()));
    if (rows.size() > kept) {
        ListModelRows::remove(model, kept, static_cast<int>(rows.size()) - 1, [&] { rows.resize(kept); });
    }
    replaceKept(kept);
    if (next.size() > kept) {
        ListModelRows::insert(model, kept, static_cast<int>(next.size()) - 1, [&] { rows.append(next.mid(kept)); });
    }
}

}  // namespace listmodel

// Makes `rows` (what `model` shows, one row each) equal to `next`. A kept row that is not `same` as its new value
// gets a dataChanged of its own, so the view repaints just that row (one range would repaint the whole viewport);
// a row that is `same` is still replaced (it may differ in what is not shown) but announces nothing.
template <typename Model, typename Row, typename Same>
void applyListUpdate(Model& model, QList<Row>& rows, const QList<Row>& next, Same same) {
    listmodel::apply(model, rows, next, [&](int kept) {
        for (int row = 0; row < kept; ++row) {
            const bool changed = !same(rows.at(row), next.at(row));
            rows[row] = next.at(row);
            if (changed) {
                listmodel::announceChanged(model, row, row);
            }
        }
    });
}

// As above for a model whose rows all change together (what they show depends on more than the row): every kept
// row is replaced and announced in one dataChanged.
template <typename Model, typename Row>
void applyListUpdate(Model& model, QList<Row>& rows, const QList<Row>& next) {
    listmodel::apply(model, rows, next, [&](int kept) {
        std::copy(next.cbegin(), next.cbegin() + kept, rows.begin());
        if (kept > 0) {
            listmodel::announceChanged(model, 0, kept - 1);
        }
    });
}

}  // namespace kefu
