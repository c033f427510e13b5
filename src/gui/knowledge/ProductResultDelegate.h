#pragma once

#include <QStyledItemDelegate>

namespace kefu {

// Paints a product result row the cheap way: the style's item background (selection, alternate rows), then one
// elided line of text in the model's alignment and colour. The stock delegate measures and lays each cell's text
// out several times per paint, which was most of repainting the results after every keystroke.
class ProductResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace kefu
