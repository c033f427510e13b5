#include "gui/chat/MessageDelegate.h"

#include "core/Message.h"
#include "gui/chat/MessageListModel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kSideMargin = 14;
constexpr int kRowGap = 6;
constexpr int kSeparatorHeight = 26;
constexpr int kPadX = 10;
constexpr int kPadY = 7;
constexpr int kCardWidth = 270;
constexpr int kImageWidth = 140;
constexpr int kImageHeight = 100;
constexpr int kRadius = 8;

const QColor kBuyerBubble(0xff, 0xff, 0xff);
const QColor kBuyerBorder(0xe3, 0xe5, 0xe8);
const QColor kAgentBubble(0xd7, 0xea, 0xff);
const QColor kAgentBorder(0xb8, 0xd7, 0xfb);
const QColor kSystemText(0x8a, 0x8f, 0x99);
const QColor kFailed(0xe5, 0x48, 0x4d);
const QColor kResendLink(0x1f, 0x6f, 0xeb);
const QColor kCardAccent(0xff, 0x50, 0x00);  // Taobao orange for prices

MessageDirection directionOf(const QModelIndex& index) {
    return static_cast<MessageDirection>(index.data(MessageListModel::DirectionRole).toInt());
}
MessageKind kindOf(const QModelIndex& index) {
    return static_cast<MessageKind>(index.data(MessageListModel::KindRole).toInt());
}
MessageStatus statusOf(const QModelIndex& index) {
    return static_cast<MessageStatus>(index.data(MessageListModel::StatusRole).toInt());
}

QFont smallFont(const QFont& font) {
    QFont small = font;
    small.setPointSizeF(std::max(7.0, font.pointSizeF() - 1.5));
    return small;
}

// A failed reply says why (the platform's reason) and offers 重发 at the right end of its status line.
QString failureText(const QModelIndex& index) {
    const QString reason = index.data(MessageListModel::FailureReasonRole).toString();
    return reason.isEmpty() ? MessageDelegate::tr("发送失败") : MessageDelegate::tr("发送失败：%1").arg(reason);
}

QString resendText() {
    return MessageDelegate::tr("重发");
}

constexpr int kResendGap = 8;

}  // namespace

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    Layout l;
    const QRect row = option.rect;
    int y = row.top() + kRowGap;
    const QString separator = index.data(MessageListModel::SeparatorRole).toString();
    if (!separator.isEmpty()) {
        l.separator = QRect(row.left(), y, row.width(), kSeparatorHeight);
        y += kSeparatorHeight;
    }
    const MessageDirection direction = directionOf(index);
    const MessageKind kind = kindOf(index);
    const int usable = std::max(80, row.width() - 2 * kSideMargin);
    const int maxText = std::max(60, std::min(520, usable * 7 / 10) - 2 * kPadX);
    const QFontMetrics fm(option.font);
    QSize content;
    if (kind == MessageKind::ProductCard || kind == MessageKind::OrderCard) {
        const int lines = static_cast<int>(index.data(MessageListModel::CardRole).toStringList().size());
        content = QSize(std::min(kCardWidth, usable) - 2 * kPadX, std::max(3, lines) * (fm.height() + 3));
    } else if (kind == MessageKind::Image) {
        content = QSize(kImageWidth, kImageHeight);
    } else {
        const QFontMetrics textFm(direction == MessageDirection::System ? smallFont(option.font) : option.font);
        const QString text = index.data(Qt::DisplayRole).toString();
        content = textFm.boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap, text).size();
        content.setWidth(std::max(content.width(), 16));
    }
    const QSize bubble = content + QSize(2 * kPadX, 2 * kPadY);
    int x = row.left() + kSideMargin;
    if (direction == MessageDirection::Agent) {
        x = row.right() - kSideMargin - bubble.width();
    } else if (direction == MessageDirection::System) {
        x = row.left() + (row.width() - bubble.width()) / 2;
    }
    l.bubble = QRect(QPoint(x, y), bubble);
    l.text = l.bubble.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    y = l.bubble.bottom() + 1;
    if (direction == MessageDirection::Agent) {
        const QFontMetrics small(smallFont(option.font));
        l.status = QRect(row.left() + kSideMargin, y + 2, usable, small.height());
        y = l.status.bottom() + 1;
    }
    l.height = y - row.top() + kRowGap;
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const int width = option.rect.width() > 0 ? option.rect.width() : 400;
    if (width != m_cachedWidth) {
        m_heights.clear();
        m_cachedWidth = width;
    }
    const bool separator = !index.data(MessageListModel::SeparatorRole).toString().isEmpty();
    const quint64 key = (index.data(MessageListModel::IdRole).toULongLong() << 1) | (separator ? 1U : 0U);
    if (auto it = m_heights.constFind(key); it != m_heights.cend()) {
        return {width, *it};
    }
    QStyleOptionViewItem sized = option;
    sized.rect = QRect(0, 0, width, 0);
    const int height = layoutFor(sized, index).height;
    m_heights.insert(key, height);
    return {width, height};
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const Layout l = layoutFor(option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (l.separator.isValid()) {
        paintSeparator(painter, l.separator, index.data(MessageListModel::SeparatorRole).toString(), option.palette);
    }
    const MessageDirection direction = directionOf(index);
    const MessageKind kind = kindOf(index);
    QPainterPath path;
    path.addRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    if (direction == MessageDirection::System) {
        painter->fillPath(path, QColor(0xec, 0xed, 0xf0));
        painter->setFont(smallFont(option.font));
        painter->setPen(kSystemText);
        painter->drawText(l.text, Qt::AlignCenter | Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }
    const bool agent = direction == MessageDirection::Agent;
    const bool card = kind == MessageKind::ProductCard || kind == MessageKind::OrderCard;
    painter->fillPath(path, card ? kBuyerBubble : (agent ? kAgentBubble : kBuyerBubble));
    painter->setPen(QPen(card ? kBuyerBorder : (agent ? kAgentBorder : kBuyerBorder), 1));
    painter->drawPath(path);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight().color(), 1.5));
        painter->drawPath(path);
    }
    painter->setFont(option.font);
    painter->setPen(option.palette.text().color());
    if (card) {
        paintCard(painter, l, index, option.font);
    } else if (kind == MessageKind::Image) {
        painter->fillRect(l.text, QColor(0xf0, 0xf1, 0xf3));
        painter->setPen(kSystemText);
        painter->drawText(l.text, Qt::AlignCenter, tr("[图片]"));
    } else {
        painter->drawText(l.text, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
    }
    if (agent) {
        paintStatus(painter, l, index, option.font);
    }
    painter->restore();
}

void MessageDelegate::paintSeparator(QPainter* painter, const QRect& rect, const QString& label,
                                     const QPalette& palette) const {
    Q_UNUSED(palette);
    painter->setFont(smallFont(painter->font()));
    painter->setPen(kSystemText);
    painter->drawText(rect, Qt::AlignCenter, label);
}

void MessageDelegate::paintCard(QPainter* painter, const Layout& l, const QModelIndex& index, const QFont& font) const {
    const QStringList lines = index.data(MessageListModel::CardRole).toStringList();
    const QFontMetrics fm(font);
    const int lineHeight = fm.height() + 3;
    const bool product = kindOf(index) == MessageKind::ProductCard;
    int y = l.text.top();
    for (int i = 0; i < lines.size(); ++i) {
        QFont lineFont = i == 0 ? font : smallFont(font);
        lineFont.setBold(i == 0);
        painter->setFont(lineFont);
        const bool price = product && i == 1;
        painter->setPen(price ? kCardAccent : (i == 0 ? QColor(0x1f, 0x23, 0x28) : kSystemText));
        const QRect lineRect(l.text.left(), y, l.text.width(), lineHeight);
        painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(lineFont).elidedText(lines.at(i), Qt::ElideRight, l.text.width()));
        y += lineHeight;
    }
    painter->setFont(font);
}

void MessageDelegate::paintStatus(QPainter* painter, const Layout& l, const QModelIndex& index,
                                  const QFont& font) const {
    const MessageStatus status = statusOf(index);
    const QFont small = smallFont(font);
    painter->setFont(small);
    if (status != MessageStatus::Failed) {
        painter->setPen(kSystemText);
        painter->drawText(l.status, Qt::AlignRight | Qt::AlignVCenter, messageStatusLabel(status));
        return;
    }
    const QFontMetrics fm(small);
    const int resendWidth = fm.horizontalAdvance(resendText());
    QFont link = small;
    link.setUnderline(true);
    painter->setFont(link);
    painter->setPen(kResendLink);
    painter->drawText(l.status, Qt::AlignRight | Qt::AlignVCenter, resendText());
    painter->setFont(small);
    painter->setPen(kFailed);
    const QRect reason = l.status.adjusted(0, 0, -(resendWidth + kResendGap), 0);
    painter->drawText(reason, Qt::AlignRight | Qt::AlignVCenter,
                      fm.elidedText(failureText(index), Qt::ElideRight, reason.width()));
}

QRect MessageDelegate::resendRect(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    if (directionOf(index) != MessageDirection::Agent || statusOf(index) != MessageStatus::Failed) {
        return {};
    }
    const Layout l = layoutFor(option, index);
    const QFontMetrics small(smallFont(option.font));
    // A little wider than the word, so a quick click still hits it.
    const int width = small.horizontalAdvance(resendText()) + kResendGap / 2;
    return QRect(l.status.right() - width, l.status.top(), width + 1, l.status.height());
}

}  // namespace kefu
