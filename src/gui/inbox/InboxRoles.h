#pragma once

#include <Qt>

namespace kefu {

// What the inbox models expose per row; InboxDelegate paints from these, tests read them.
enum InboxRole {
    ConversationIdRole = Qt::UserRole + 1,
    BuyerNickRole,
    LevelRole,        // CustomerLevel as int
    LevelTextRole,    // 新客 老客 VIP
    ChannelRole,      // Channel as int
    ChannelTextRole,  // 淘宝 天猫 …
    StatusRole,       // ConversationStatus as int
    LastMessageAtRole,
    LastMessageTimeTextRole,  // 14:05 today, else 11-20 (Asia/Shanghai)
    PreviewRole,
    UnreadCountRole,
    WaitingSinceRole,  // UTC ms; invalid when nobody waits
    WaitTextRole,      // 35秒, 2分10秒; empty when nobody waits
    WaitLevelRole,     // WaitDuration::Level as int
    WaitColorRole,     // QColor of the wait counter
    MatchTextRole,     // the chat line a message search matched; empty otherwise
};

}  // namespace kefu
