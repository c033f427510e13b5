#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace kefu {

// Paints a message as Qianniu does: buyer bubbles left, agent bubbles right with their send status, system notices
// centred in grey, product and order cards as cards, images as a tile, and a time line above when one is due.
// Row heights are cached per message (and width), so scrolling never lays out text twice.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Where a failed message's 重发 link is drawn (empty for other messages), in the view's coordinates.
    QRect resendRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

private:
    struct Layout {
        QRect separator;  // the time line
        QRect bubble;
        QRect text;    // inside the bubble
        QRect status;  // under an agent bubble
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintSeparator(QPainter* painter, const QRect& rect, const QString& label, const QPalette& palette) const;
    void paintCard(QPainter* painter, const Layout& layout, const QModelIndex& index, const QFont& font) const;
    void paintStatus(QPainter* painter, const Layout& layout, const QModelIndex& index, const QFont& font) const;

    mutable QHash<quint64, int> m_heights;  // (message id, width, has separator) → height
    mutable int m_cachedWidth = -1;
};

}  // namespace kefu
