#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace kefu {

// One popup row: "/code" in a muted colour, then the phrase's first line, elided to the row. Painted directly
// rather than through a style sheet: a style-sheeted item view resolved the sheet for every row on every repaint,
// which was most of a keystroke's cost. Each phrase's texts are elided and laid out once (QStaticText) and reused
// on later keystrokes: eliding and shaping the row texts on every paint was most of the popup's repaint. (Caching
// whole row pixmaps was measured too: with a bounded cache the misses cost more than they saved.)
class PhrasePopupDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Row {
        QString code;  // what the texts were made from, to notice an edited phrase
        QString body;
        int width = 0;
        QStaticText shownCode;  // "/code"
        QStaticText shownBody;  // the first line, elided
        int bodyOffset = 0;     // from the row's left text edge
        qreal codeAscent = 0;   // each text's own line ascent (the body's Chinese fallback font sits higher than
        qreal bodyAscent = 0;   // the Latin code's): drawn on one baseline
    };

    const Row& cachedRow(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    static Row makeRow(const QString& code, const QString& body, const QStyleOptionViewItem& option, int width);

    mutable QHash<qint64, Row> m_rows;  // by phrase id
    mutable QFont m_font;               // the rows' font; another font drops the cache
};

}  // namespace kefu
