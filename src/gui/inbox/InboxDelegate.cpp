#include "gui/inbox/InboxDelegate.h"

#include "core/Conversation.h"
#include "core/Customer.h"
#include "gui/inbox/InboxRoles.h"
#include "gui/overview/WaitDuration.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kPadding = 10;
constexpr int kAvatar = 36;
constexpr int kGap = 6;

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

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const {
    // The width follows the list (rows elide); a width from the option would outgrow the viewport.
    return {kMinWidth, kRowHeight};
}

void InboxDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, option);
    const QRect rect = option.rect;
    const QRect avatar(rect.left() + kPadding, rect.top() + (rect.height() - kAvatar) / 2, kAvatar, kAvatar);
    paintAvatar(painter, avatar, index, option.font);
    const int textLeft = avatar.right() + 1 + kPadding;
    const QRect text(textLeft, rect.top() + 9, rect.right() - kPadding - textLeft, rect.height() - 18);
    paintFirstLine(painter, QRect(text.left(), text.top(), text.width(), text.height() / 2), index, option.font);
    paintSecondLine(painter, QRect(text.left(), text.center().y() + 1, text.width(), text.height() / 2), index,
                    option.font);
    painter->restore();
}

void InboxDelegate::paintBackground(QPainter* painter, const QStyleOptionViewItem& option) const {
    QColor background(0xff, 0xff, 0xff);
    if (option.state & QStyle::State_Selected) {
        background = QColor(0xff, 0xe8, 0xdc);
    } else if (option.state & QStyle::State_MouseOver) {
        background = QColor(0xf5, 0xf6, 0xf7);
    }
    painter->fillRect(option.rect, background);
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                          QColor(0xff, 0x50, 0x00));
    }
    painter->setPen(QColor(0xf0, 0xf1, 0xf3));
    painter->drawLine(option.rect.bottomLeft() + QPoint(kPadding, 0), option.rect.bottomRight());
}

void InboxDelegate::paintAvatar(QPainter* painter, const QRect& rect, const QModelIndex& index,
                                const QFont& base) const {
    painter->drawPixmap(rect.topLeft(), avatarPixmap(index.data(BuyerNickRole).toString(), rect.size(), base,
                                                     painter->device()->devicePixelRatioF()));

    const int unread = index.data(UnreadCountRole).toInt();
    if (unread <= 0) {
        return;
    }
    const QString count = unread > 99 ? u"99+"_s : QString::number(unread);
    const QFont font = sized(base, 10, true);
    const int width = qMax(16, QFontMetrics(font).horizontalAdvance(count) + 8);
    const QRect bubble(rect.right() - width / 2 - 2, rect.top() - 4, width, 16);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(QColor(0xf5, 0x22, 0x2d));
    painter->drawRoundedRect(bubble, 8, 8);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(bubble, Qt::AlignCenter, count);
}

// The antialiased circle and its shaped initial were a sixth of a busy inbox's paint time; a few hundred distinct
// (initial, colour) pairs cover any list, so they come from QPixmapCache.
QPixmap InboxDelegate::avatarPixmap(const QString& nick, QSize size, const QFont& base, qreal dpr) const {
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
    painter.setFont(sized(base, 15, true));
    painter.drawText(rect, Qt::AlignCenter, initial);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

int InboxDelegate::paintBadge(QPainter* painter, QPoint at, const QString& text, const QColor& fg, const QColor& bg,
                              const QFont& font) const {
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 8;
    if (painter) {
        const QRect badge(at.x(), at.y() - 8, width, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bg);
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(fg);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
    return width;
}

void InboxDelegate::paintFirstLine(QPainter* painter, const QRect& rect, const QModelIndex& index,
                                   const QFont& base) const {
    const QFont timeFont = sized(base, 11);
    const QString time = index.data(LastMessageTimeTextRole).toString();
    const int timeWidth = QFontMetrics(timeFont).horizontalAdvance(time);
    painter->setFont(timeFont);
    painter->setPen(QColor(0x8f, 0x95, 0x9e));
    painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, time);

    const QFont badgeFont = sized(base, 10);
    const auto level = static_cast<CustomerLevel>(index.data(LevelRole).toInt());
    const auto channel = static_cast<Channel>(index.data(ChannelRole).toInt());
    const QString levelText = index.data(LevelTextRole).toString();
    const QString channelText = index.data(ChannelTextRole).toString();
    const QFont nickFont = sized(base, 13, index.data(UnreadCountRole).toInt() > 0);
    const QFontMetrics nickMetrics(nickFont);
    const QString fullNick = index.data(BuyerNickRole).toString();
    const int room = rect.width() - timeWidth - kGap;
    const int levelWidth = paintBadge(nullptr, {}, levelText, {}, {}, badgeFont) + 4;
    const int channelWidth = paintBadge(nullptr, {}, channelText, {}, {}, badgeFont) + 4;
    bool showLevel = true;
    bool showChannel = true;
    QString nick = nickMetrics.elidedText(fullNick, Qt::ElideRight, qMax(24, room - levelWidth - channelWidth));
    if (nick != fullNick) {
        // The nick matters most: in a narrow list (or in English, whose badges are longer) the channel badge goes
        // first, then the level badge, before the nick is cut below about six characters. Measured only here:
        // shaping text is the biggest part of painting a row.
        const int nickWanted =
            std::min(nickMetrics.horizontalAdvance(fullNick), 6 * nickMetrics.averageCharWidth() + 24);
        showLevel = room - nickWanted - levelWidth >= 0;
        showChannel = showLevel && room - nickWanted - levelWidth - channelWidth >= 0;
        const int badges = (showLevel ? levelWidth : 0) + (showChannel ? channelWidth : 0);
        nick = nickMetrics.elidedText(fullNick, Qt::ElideRight, qMax(24, room - badges));
    }
    const int nickRoom = qMax(24, room - (showLevel ? levelWidth : 0) - (showChannel ? channelWidth : 0));
    painter->setFont(nickFont);
    painter->setPen(QColor(0x1f, 0x23, 0x29));
    const QRect nickRect(rect.left(), rect.top(), nickRoom, rect.height());
    painter->drawText(nickRect, Qt::AlignLeft | Qt::AlignVCenter, nick);

    QPoint at(rect.left() + nickMetrics.horizontalAdvance(nick) + 4, rect.center().y() + 1);
    if (showLevel) {
        const BadgeColors colors = levelColors(level);
        at.rx() += paintBadge(painter, at, levelText, colors.fg, colors.bg, badgeFont) + 4;
    }
    if (showChannel) {
        const QColor tint = channelColor(channel);
        paintBadge(painter, at, channelText, tint, QColor(tint.red(), tint.green(), tint.blue(), 24), badgeFont);
    }
}

void InboxDelegate::paintSecondLine(QPainter* painter, const QRect& rect, const QModelIndex& index,
                                    const QFont& base) const {
    const QString wait = index.data(WaitTextRole).toString();
    const auto waitLevel = static_cast<WaitDuration::Level>(index.data(WaitLevelRole).toInt());
    const QFont waitFont = sized(base, 12, waitLevel == WaitDuration::Level::Urgent);
    const int waitWidth = wait.isEmpty() ? 0 : QFontMetrics(waitFont).horizontalAdvance(wait) + kGap;
    if (!wait.isEmpty()) {
        painter->setFont(waitFont);
        painter->setPen(index.data(WaitColorRole).value<QColor>());
        painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, wait);
    }

    const QString match = index.data(MatchTextRole).toString();
    const QString preview = match.isEmpty() ? index.data(PreviewRole).toString() : tr("聊天记录：%1").arg(match);
    const QFont previewFont = sized(base, 12);
    const QRect previewRect(rect.left(), rect.top(), rect.width() - waitWidth, rect.height());
    painter->setFont(previewFont);
    painter->setPen(match.isEmpty() ? QColor(0x86, 0x8c, 0x96) : QColor(0xc2, 0x4e, 0x00));
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(previewFont).elidedText(preview, Qt::ElideRight, previewRect.width()));
}

}  // namespace kefu
