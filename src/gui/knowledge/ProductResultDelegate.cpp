#include "gui/knowledge/ProductResultDelegate.h"

#include <QApplication>
#include <QBrush>
#include <QPainter>
#include <QStyle>

namespace kefu {

namespace {

// Scraped titles carry stray control characters (U+009C …); the text engine may cut the line at one.
QString printable(const QString& text) {
    QString shown = text;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.at(i).category() == QChar::Other_Control) {
            shown[i] = u' ';
        }
    }
    return shown;
}

}  // namespace

void ProductResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    const QWidget* widget = option.widget;
    const QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    QStyleOptionViewItem background(option);
    background.index = index;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    QColor color = option.palette.color(group, QPalette::Text);
    if (option.state & QStyle::State_Selected) {
        color = option.palette.color(group, QPalette::HighlightedText);
    } else if (const QVariant foreground = index.data(Qt::ForegroundRole); foreground.canConvert<QBrush>()) {
        color = foreground.value<QBrush>().color();
    }
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    const int flags =
        (alignment.isValid() ? alignment.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter)) | Qt::TextSingleLine;
    const QString text = option.fontMetrics.elidedText(printable(index.data(Qt::DisplayRole).toString()),
                                                       Qt::ElideRight, textRect.width());
    painter->save();
    painter->setPen(color);
    painter->drawText(textRect, flags, text);
    painter->restore();

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor =
            option.palette.color(group, (option.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

}  // namespace kefu
