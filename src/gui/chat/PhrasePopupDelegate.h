#pragma once

#include <QStyledItemDelegate>

namespace kefu {

// One popup row: "/code" in a muted colour, then the phrase's first line, elided to the row. Painted directly
// rather than through a style sheet: a style-sheeted item view resolved the sheet for every row on every repaint,
// which was most of a keystroke's cost.
class PhrasePopupDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace kefu
