#pragma once

#include <QStyledItemDelegate>

namespace kefu {

// Paints an inbox row the way Qianniu does, in two compact lines: avatar with the unread bubble, buyer nick with
// level and channel badges and the last message's time; then the last message (or the matched chat line) and
// the wait counter, coloured by how long the buyer has waited.
class InboxDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int kRowHeight = 60;
    static constexpr int kMinWidth = 200;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintBackground(QPainter* painter, const QStyleOptionViewItem& option) const;
    void paintAvatar(QPainter* painter, const QRect& rect, const QModelIndex& index, const QFont& base) const;
    QPixmap avatarPixmap(const QString& nick, QSize size, const QFont& base, qreal dpr) const;
    // Returns the badge's width; paints only when `painter` is set.
    int paintBadge(QPainter* painter, QPoint at, const QString& text, const QColor& fg, const QColor& bg,
                   const QFont& font) const;
    void paintFirstLine(QPainter* painter, const QRect& rect, const QModelIndex& index, const QFont& base) const;
    void paintSecondLine(QPainter* painter, const QRect& rect, const QModelIndex& index, const QFont& base) const;
};

}  // namespace kefu
