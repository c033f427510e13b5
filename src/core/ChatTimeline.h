#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace kefu {

// Where the chat view puts a time line between messages, and what it says.
class ChatTimeline {
public:
    static constexpr qint64 kSeparatorGapMs = 5LL * 60 * 1000;  // more than 5 minutes apart

    // The first message always gets one; later ones when more than 5 minutes after the previous message.
    static bool needsSeparator(std::optional<qint64> previousMs, qint64 atMs);
    // "14:05" on the shop's today, else "2026-11-20 14:05" (Asia/Shanghai).
    static QString separatorLabel(qint64 atMs, qint64 nowMs);
};

}  // namespace kefu
