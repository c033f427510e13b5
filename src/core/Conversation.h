#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kefu {

enum class Channel { Taobao, Tmall, Qianniu, Other };           // 淘宝 天猫 千牛 其他
enum class ConversationStatus { Waiting, InProgress, Closed };  // 待回复 处理中 已结束

QString channelLabel(Channel channel);
QString channelKey(Channel channel);  // "taobao", "tmall", "qianniu", "other"
std::optional<Channel> channelFromKey(QStringView key);
QString conversationStatusLabel(ConversationStatus status);
QString conversationStatusKey(ConversationStatus status);  // "waiting", "in_progress", "closed"
std::optional<ConversationStatus> conversationStatusFromKey(QStringView key);
QList<Channel> allChannels();
QList<ConversationStatus> allConversationStatuses();

struct Conversation {
    qint64 id = 0;
    qint64 customerId = 0;
    Channel channel = Channel::Tmall;
    ConversationStatus status = ConversationStatus::Waiting;
    std::optional<qint64> assignedAgentId;
    qint64 openedAtMs = 0;
    std::optional<qint64> closedAtMs;
    std::optional<qint64> lastBuyerMessageAtMs;
    std::optional<qint64> lastAgentMessageAtMs;
    // Kept by the store as messages arrive, so the inbox reads one row per conversation.
    std::optional<qint64> waitingSinceMs;  // the buyer's first unanswered message; empty once an agent replies
    QString lastMessagePreview;
    qint64 lastMessageAtMs = 0;
    int unreadCount = 0;
};

}  // namespace kefu
