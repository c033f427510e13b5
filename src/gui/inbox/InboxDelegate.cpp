#include "gui/inbox/InboxDelegate.h"

#include "core/Conversation.h"
#include "core/Customer.h"
#include "gui/inbox/InboxRoles.h"
#include "gui/overview/WaitDuration.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kPadding = 10;
constexpr int kAvatar = 36;
constexpr int kGap = 6;
constexpr int kBubbleMargin = 2;  // room for the unread bubble's white ring
constexpr int kCachedRows = 256;  // a few screens of rows

QFont sized(const QFont& base, int pixels, bool bold = false) {
    QFont font = base;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

// A stable colour per buyer, so an agent recognises a face in the list without reading the nick.
QColor avatarColor(const QString& nick) {
    static const QColor palette[] = {QColor(0xff, 0x7a, 0x45), QColor(0x36, 0xcf, 0xc9), QColor(0x59, 0x7e, 0xf7),
                                     QColor(0x9c, 0x6a, 0xde), QColor(0xf7, 0x59, 0x9e), QColor(0x52, 0xc4, 0x1a),
                                     QColor(0xfa, 0xad, 0x14), QColor(0x13, 0xa8, 0xa8)};
    return palette[qHash(nick) % std::size(palette)];
}

struct BadgeColors {
    QColor fg;
    QColor bg;
};

BadgeColors levelColors(CustomerLevel level) {
    switch (level) {
        case CustomerLevel::Vip:
            return {QColor(0xad, 0x68, 0x00), QColor(0xff, 0xf1, 0xc2)};
        case CustomerLevel::Returning:
            return {QColor(0x1f, 0x6f, 0xd1), QColor(0xe6, 0xf0, 0xff)};
        case CustomerLevel::New:
            break;
    }
    return {QColor(0x1e, 0x8e, 0x3e), QColor(0xe6, 0xf6, 0xea)};
}

QColor channelColor(Channel channel) {
    return channel == Channel::Tmall ? QColor(0xff, 0x00, 0x36) : QColor(0xff, 0x50, 0x00);
}

}  // namespace

InboxDelegate::InboxDelegate(QObject* parent) : QStyledItemDelegate(parent), m_rows(kCachedRows) {}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const {
    // The width follows the list (rows elide); a width from the option would outgrow the viewport.
    return {kMinWidth, kRowHeight};
}

void InboxDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    fontsFor(option.font);
    RowText& row = rowText(index);
    painter->save();
    paintBackground(painter, option);
    const QRect rect = option.rect;
    const QRect avatar(rect.left() + kPadding, rect.top() + (rect.height() - kAvatar) / 2, kAvatar, kAvatar);
    paintAvatar(painter, avatar, index, row);
    const int textLeft = avatar.right() + 1 + kPadding;
    const QRect text(textLeft, rect.top() + 9, rect.right() - kPadding - textLeft, rect.height() - 18);
    paintFirstLine(painter, QRect(text.left(), text.top(), text.width(), text.height() / 2), index, row);
    paintSecondLine(painter, QRect(text.left(), text.center().y() + 1, text.width(), text.height() / 2), index, row);
    painter->restore();
}

const InboxDelegate::Fonts& InboxDelegate::fontsFor(const QFont& base) const {
    if (m_fonts.base == base && m_fonts.height[TimeFont] > 0) {
        return m_fonts;
    }
    m_fonts.base = base;
    m_fonts.font[TimeFont] = sized(base, 11);
    m_fonts.font[BadgeFont] = sized(base, 10);
    m_fonts.font[NickFont] = sized(base, 13);
    m_fonts.font[NickBoldFont] = sized(base, 13, true);
    m_fonts.font[PreviewFont] = sized(base, 12);
    m_fonts.font[WaitFont] = sized(base, 12);
    m_fonts.font[WaitBoldFont] = sized(base, 12, true);
    for (int slot = 0; slot < kFontSlots; ++slot) {
        m_fonts.height[slot] = QFontMetrics(m_fonts.font[slot]).height();
    }
    m_shortTexts.clear();
    m_rows.clear();
    return m_fonts;
}

QStaticText InboxDelegate::shortText(FontSlot slot, const QString& text) const {
    return m_shortTexts.shaped(slot, m_fonts.font[slot], text);
}

InboxDelegate::RowText& InboxDelegate::rowText(const QModelIndex& index) const {
    const qint64 id = index.data(ConversationIdRole).toLongLong();
    if (RowText* cached = m_rows.object(id)) {
        return *cached;
    }
    auto* made = new RowText;
    m_rows.insert(id, made);
    return *made;
}

// Left to right, centred on the line's middle like drawText's AlignVCenter.
void InboxDelegate::drawShaped(QPainter* painter, const QRect& line, FontSlot slot, const QStaticText& text,
                               int x) const {
    painter->setFont(m_fonts.font[slot]);
    painter->drawStaticText(QPoint(x, line.top() + (line.height() - m_fonts.height[slot]) / 2), text);
}

void InboxDelegate::paintBackground(QPainter* painter, const QStyleOptionViewItem& option) const {
    QColor background(0xff, 0xff, 0xff);
    if (option.state & QStyle::State_Selected) {
        background = QColor(0xff, 0xe8, 0xdc);
    } else if (option.state & QStyle::State_MouseOver) {
        background = QColor(0xf5, 0xf6, 0xf7);
    }
    // The view has filled its viewport with the base colour already; white on white is a second fill of every row.
    if (background != option.palette.color(QPalette::Base)) {
        painter->fillRect(option.rect, background);
    }
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                          QColor(0xff, 0x50, 0x00));
    }
    // A filled pixel row, not an antialiased line: the same hairline for a fraction of the cost.
    painter->fillRect(QRect(option.rect.left() + kPadding, option.rect.bottom(), option.rect.width() - kPadding, 1),
                      QColor(0xf0, 0xf1, 0xf3));
}

void InboxDelegate::paintAvatar(QPainter* painter, const QRect& rect, const QModelIndex& index, RowText& row) const {
    const QString nick = index.data(BuyerNickRole).toString();
    const qreal dpr = painter->device()->devicePixelRatioF();
    if (row.avatar.isNull() || row.avatarNick != nick || row.avatar.devicePixelRatio() != dpr) {
        row.avatar = avatarPixmap(nick, rect.size(), dpr);
        row.avatarNick = nick;
    }
    painter->drawPixmap(rect.topLeft(), row.avatar);

    const int unread = index.data(UnreadCountRole).toInt();
    if (unread <= 0) {
        return;
    }
    const QPixmap bubble = unreadPixmap(unread > 99 ? u"99+"_s : QString::number(unread), dpr);
    const int width = qRound(bubble.width() / dpr) - kBubbleMargin * 2;
    painter->drawPixmap(rect.right() - width / 2 - 2 - kBubbleMargin, rect.top() - 4 - kBubbleMargin, bubble);
}

// The antialiased circle and its shaped initial were a sixth of a busy inbox's paint time; a few hundred distinct
// (initial, colour) pairs cover any list, so they come from QPixmapCache.
QPixmap InboxDelegate::avatarPixmap(const QString& nick, QSize size, qreal dpr) const {
    const QString initial = nick.left(1).toUpper();
    const QColor color = avatarColor(nick);
    const QString key =
        u"kefu-avatar:%1:%2:%3x%4@%5"_s.arg(initial, color.name()).arg(size.width()).arg(size.height()).arg(dpr);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap)) {
        return pixmap;
    }
    pixmap = QPixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const QRect rect(QPoint(0, 0), size);
    painter.drawEllipse(rect);
    painter.setPen(Qt::white);
    painter.setFont(sized(m_fonts.base, 15, true));
    painter.drawText(rect, Qt::AlignCenter, initial);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

// The red bubble with the unread count, its white ring included (kBubbleMargin around the 16 px bubble).
QPixmap InboxDelegate::unreadPixmap(const QString& count, qreal dpr) const {
    const QString key = u"kefu-unread:%1@%2"_s.arg(count).arg(dpr);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap)) {
        return pixmap;
    }
    const QFont font = sized(m_fonts.base, 10, true);
    const int width = qMax(16, QFontMetrics(font).horizontalAdvance(count) + 8);
    const QSize size(width + kBubbleMargin * 2, 16 + kBubbleMargin * 2);
    pixmap = QPixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect bubble(kBubbleMargin, kBubbleMargin, width, 16);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(QColor(0xf5, 0x22, 0x2d));
    painter.drawRoundedRect(bubble, 8, 8);
    painter.setPen(Qt::white);
    painter.setFont(font);
    painter.drawText(bubble, Qt::AlignCenter, count);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

int InboxDelegate::badgeWidth(const QString& text) const {
    return qCeil(shortText(BadgeFont, text).size().width()) + 8;
}

QPixmap InboxDelegate::badgePixmap(const QString& text, const QColor& fg, const QColor& bg, qreal dpr) const {
    const QFont& font = m_fonts.font[BadgeFont];
    const QString key =
        u"kefu-badge:%1:%2:%3:%4:%5@%6"_s.arg(text, fg.name(QColor::HexArgb), bg.name(QColor::HexArgb), font.family())
            .arg(font.pixelSize())
            .arg(dpr);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap)) {
        return pixmap;
    }
    const QSize size(badgeWidth(text), 16);
    pixmap = QPixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect badge(QPoint(0, 0), size);
    painter.setPen(Qt::NoPen);
    painter.setBrush(bg);
    painter.drawRoundedRect(badge, 3, 3);
    painter.setPen(fg);
    painter.setFont(font);
    painter.drawText(badge, Qt::AlignCenter, text);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

// The nick matters most: in a narrow list (or in English, whose badges are longer) the channel badge goes first,
// then the level badge, before the nick is cut below about six characters. The full nick is measured only when it
// does not fit.
void InboxDelegate::layNickLine(RowText& row, int room) const {
    const QFont& font = m_fonts.font[row.nickBold ? NickBoldFont : NickFont];
    const QFontMetrics metrics(font);
    const int levelWidth = badgeWidth(row.levelText) + 4;
    const int channelWidth = badgeWidth(row.channelText) + 4;
    row.nickRoom = room;
    row.level = -1;  // the badges are made again with the texts
    row.showLevel = true;
    row.showChannel = true;
    QString nick = metrics.elidedText(row.nick, Qt::ElideRight, qMax(24, room - levelWidth - channelWidth));
    if (nick != row.nick) {
        const int nickWanted = std::min(metrics.horizontalAdvance(row.nick), 6 * metrics.averageCharWidth() + 24);
        row.showLevel = room - nickWanted - levelWidth >= 0;
        row.showChannel = row.showLevel && room - nickWanted - levelWidth - channelWidth >= 0;
        const int badges = (row.showLevel ? levelWidth : 0) + (row.showChannel ? channelWidth : 0);
        nick = metrics.elidedText(row.nick, Qt::ElideRight, qMax(24, room - badges));
    }
    row.nickShaped = ShapedTextCache::prepare(font, nick);
    row.nickLaid = true;
    row.nickWidth = qCeil(row.nickShaped.size().width());
}

void InboxDelegate::layPreview(RowText& row, const QString& text, bool isMatch, int room) const {
    row.preview = text;
    row.isMatch = isMatch;
    row.previewRoom = room;
    row.previewLaid = true;
    const QFont& font = m_fonts.font[PreviewFont];
    const QString shown = isMatch ? tr("聊天记录：%1").arg(text) : text;
    row.previewShaped = ShapedTextCache::prepare(font, QFontMetrics(font).elidedText(shown, Qt::ElideRight, room));
}

void InboxDelegate::paintFirstLine(QPainter* painter, const QRect& rect, const QModelIndex& index, RowText& row) const {
    const QString time = index.data(LastMessageTimeTextRole).toString();
    int timeWidth = 0;
    if (!time.isEmpty()) {
        const QStaticText shapedTime = shortText(TimeFont, time);
        timeWidth = qCeil(shapedTime.size().width());
        painter->setPen(QColor(0x8f, 0x95, 0x9e));
        drawShaped(painter, rect, TimeFont, shapedTime, rect.right() + 1 - timeWidth);
    }

    const QString nick = index.data(BuyerNickRole).toString();
    const bool bold = index.data(UnreadCountRole).toInt() > 0;
    const QString levelText = index.data(LevelTextRole).toString();
    const QString channelText = index.data(ChannelTextRole).toString();
    const int room = rect.width() - timeWidth - kGap;
    if (row.nickRoom != room || row.nickBold != bold || row.nick != nick || row.levelText != levelText ||
        row.channelText != channelText || !row.nickLaid) {
        row.nick = nick;
        row.nickBold = bold;
        row.levelText = levelText;
        row.channelText = channelText;
        layNickLine(row, room);
    }
    painter->setPen(QColor(0x1f, 0x23, 0x29));
    drawShaped(painter, rect, bold ? NickBoldFont : NickFont, row.nickShaped, rect.left());
    paintBadges(painter, QPoint(rect.left() + row.nickWidth + 4, rect.center().y() + 1 - 8), index, row);
}

void InboxDelegate::paintBadges(QPainter* painter, QPoint at, const QModelIndex& index, RowText& row) const {
    const qreal dpr = painter->device()->devicePixelRatioF();
    const int level = index.data(LevelRole).toInt();
    const int channel = index.data(ChannelRole).toInt();
    if (row.level != level || row.channel != channel || row.levelBadge.devicePixelRatio() != dpr ||
        row.levelBadge.isNull()) {
        const BadgeColors colors = levelColors(static_cast<CustomerLevel>(level));
        const QColor tint = channelColor(static_cast<Channel>(channel));
        row.levelBadge = badgePixmap(row.levelText, colors.fg, colors.bg, dpr);
        row.channelBadge = badgePixmap(row.channelText, tint, QColor(tint.red(), tint.green(), tint.blue(), 24), dpr);
        row.level = level;
        row.channel = channel;
    }
    if (row.showLevel) {
        painter->drawPixmap(at, row.levelBadge);
        at.rx() += qRound(row.levelBadge.width() / dpr) + 4;
    }
    if (row.showChannel) {
        painter->drawPixmap(at, row.channelBadge);
    }
}

void InboxDelegate::paintSecondLine(QPainter* painter, const QRect& rect, const QModelIndex& index,
                                    RowText& row) const {
    const QString wait = index.data(WaitTextRole).toString();
    int waitWidth = 0;
    if (!wait.isEmpty()) {
        const auto level = static_cast<WaitDuration::Level>(index.data(WaitLevelRole).toInt());
        const FontSlot slot = level == WaitDuration::Level::Urgent ? WaitBoldFont : WaitFont;
        const QStaticText shapedWait = shortText(slot, wait);
        const int width = qCeil(shapedWait.size().width());
        waitWidth = width + kGap;
        painter->setPen(index.data(WaitColorRole).value<QColor>());
        drawShaped(painter, rect, slot, shapedWait, rect.right() + 1 - width);
    }

    const QString match = index.data(MatchTextRole).toString();
    const bool isMatch = !match.isEmpty();
    const QString text = isMatch ? match : index.data(PreviewRole).toString();
    const int room = rect.width() - waitWidth;
    if (row.previewRoom != room || row.isMatch != isMatch || row.preview != text || !row.previewLaid) {
        layPreview(row, text, isMatch, room);
    }
    painter->setPen(isMatch ? QColor(0xc2, 0x4e, 0x00) : QColor(0x86, 0x8c, 0x96));
    drawShaped(painter, rect, PreviewFont, row.previewShaped, rect.left());
}

}  // namespace kefu
