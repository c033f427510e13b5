#include "gui/inbox/InboxRowFormat.h"

#include "core/ShopTime.h"
#include "core/WangwangEmoticons.h"
#include "gui/inbox/InboxRoles.h"
#include "gui/overview/WaitDuration.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace kefu {

QVariant InboxRowFormat::data(const InboxRow& row, int role, qint64 nowMs, const QString& matchText) {
    const Conversation& c = row.conversation;
    switch (role) {
        case Qt::DisplayRole:
        case BuyerNickRole:
            return row.buyerNick;
        case Qt::ToolTipRole:
            return toolTip(row, matchText);
        case Qt::AccessibleTextRole:
            return tr("%1，%2条未读，%3").arg(row.buyerNick).arg(c.unreadCount).arg(c.lastMessagePreview.simplified());
        case ConversationIdRole:
            return c.id;
        case LevelRole:
            return static_cast<int>(row.level);
        case LevelTextRole:
            return customerLevelLabel(row.level);
        case ChannelRole:
            return static_cast<int>(c.channel);
        case ChannelTextRole:
            return channelLabel(c.channel);
        case StatusRole:
            return static_cast<int>(c.status);
        case LastMessageAtRole:
            return c.lastMessageAtMs;
        case LastMessageTimeTextRole:
            return c.lastMessageAtMs > 0 ? timeText(c.lastMessageAtMs, nowMs) : QString();
        case PreviewRole:
            return WangwangEmoticons::toDisplay(c.lastMessagePreview.simplified());
        case UnreadCountRole:
            return c.unreadCount;
        case WaitingSinceRole:
            return waitedMs(row, nowMs) < 0 ? QVariant() : QVariant(*c.waitingSinceMs);
        case WaitTextRole: {
            const qint64 waited = waitedMs(row, nowMs);
            return waited < 0 ? QString() : WaitDuration::counter(waited);
        }
        case WaitLevelRole:
            return static_cast<int>(WaitDuration::level(waitedMs(row, nowMs)));
        case WaitColorRole:
            return WaitDuration::color(WaitDuration::level(waitedMs(row, nowMs)));
        case MatchTextRole:
            return matchText.simplified();
        default:
            return {};
    }
}

QString InboxRowFormat::timeText(qint64 utcMs, qint64 nowMs) {
    const QDate day = ShopTime::businessDay(utcMs);
    const QDate today = ShopTime::businessDay(nowMs);
    if (day == today) {
        return ShopTime::formatTime(utcMs);
    }
    return day.toString(day.year() == today.year() ? u"MM-dd"_s : u"yyyy-MM-dd"_s);
}

qint64 InboxRowFormat::waitedMs(const InboxRow& row, qint64 nowMs) {
    const Conversation& c = row.conversation;
    if (!c.waitingSinceMs || c.status == ConversationStatus::Closed) {
        return -1;
    }
    return qMax<qint64>(0, nowMs - *c.waitingSinceMs);
}

QString InboxRowFormat::toolTip(const InboxRow& row, const QString& matchText) {
    const Conversation& c = row.conversation;
    QString tip = tr("%1（%2 · %3）").arg(row.buyerNick, customerLevelLabel(row.level), channelLabel(c.channel));
    if (c.lastMessageAtMs > 0) {
        tip += u"\n"_s + tr("最后消息：%1").arg(ShopTime::formatDateTime(c.lastMessageAtMs));
    }
    if (!c.lastMessagePreview.isEmpty()) {
        tip += u"\n"_s + c.lastMessagePreview;
    }
    if (!matchText.isEmpty()) {
        tip += u"\n"_s + tr("匹配的聊天记录：%1").arg(matchText);
    }
    return tip;
}

}  // namespace kefu
