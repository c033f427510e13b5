#pragma once

#include "gui/widgets/ShapedTextCache.h"

#include <QCache>
#include <QFont>
#include <QPixmap>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace kefu {

// Paints an inbox row the way Qianniu does, in two compact lines: avatar with the unread bubble, buyer nick with
// level and channel badges and the last message's time; then the last message (or the matched chat line) and
// the wait counter, coloured by how long the buyer has waited.
//
// Shaping text was most of a row's paint, and a row moving to the top repaints every visible row: each row's
// elided nick and preview are kept shaped (per conversation, re-made when their text or room changes), and the
// short texts rows share (times, wait counters, badges) are shaped once.
class InboxDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int kRowHeight = 60;
    static constexpr int kMinWidth = 200;

    explicit InboxDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Rows whose shaped texts are kept (tests; the cache holds a few screens of rows).
    int cachedRows() const { return static_cast<int>(m_rows.size()); }

private:
    enum FontSlot { TimeFont, BadgeFont, NickFont, NickBoldFont, PreviewFont, WaitFont, WaitBoldFont, kFontSlots };

    // The fonts of a row, made from the view's font (and their line heights, to centre text vertically).
    struct Fonts {
        QFont base;
        QFont font[kFontSlots];
        int height[kFontSlots] = {};
    };

    // One row's texts as shaped for its last paint, and what they were made from.
    struct RowText {
        bool nickLaid = false;
        QString nick;
        bool nickBold = false;
        int nickRoom = 0;  // the first line's width left of the time
        QString levelText;
        QString channelText;
        int level = -1;
        int channel = -1;
        QPixmap levelBadge;
        QPixmap channelBadge;
        QStaticText nickShaped;  // elided to fit beside the badges shown
        int nickWidth = 0;
        bool showLevel = true;
        bool showChannel = true;

        bool previewLaid = false;
        QString preview;  // or the matched chat line
        bool isMatch = false;
        int previewRoom = 0;
        QStaticText previewShaped;

        QString avatarNick;
        QPixmap avatar;
    };

    const Fonts& fontsFor(const QFont& base) const;
    QStaticText shortText(FontSlot slot, const QString& text) const;
    RowText& rowText(const QModelIndex& index) const;
    void layNickLine(RowText& row, int room) const;
    void layPreview(RowText& row, const QString& text, bool isMatch, int room) const;

    void paintBackground(QPainter* painter, const QStyleOptionViewItem& option) const;
    void paintAvatar(QPainter* painter, const QRect& rect, const QModelIndex& index, RowText& row) const;
    QPixmap avatarPixmap(const QString& nick, QSize size, qreal dpr) const;
    QPixmap badgePixmap(const QString& text, const QColor& fg, const QColor& bg, qreal dpr) const;
    QPixmap unreadPixmap(const QString& count, qreal dpr) const;
    int badgeWidth(const QString& text) const;
    void drawShaped(QPainter* painter, const QRect& line, FontSlot slot, const QStaticText& text, int x) const;
    void paintBadges(QPainter* painter, QPoint at, const QModelIndex& index, RowText& row) const;
    void paintFirstLine(QPainter* painter, const QRect& rect, const QModelIndex& index, RowText& row) const;
    void paintSecondLine(QPainter* painter, const QRect& rect, const QModelIndex& index, RowText& row) const;

    mutable Fonts m_fonts;
    mutable ShapedTextCache m_shortTexts;
    mutable QCache<qint64, RowText> m_rows;
};

}  // namespace kefu
