#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace kefu {

// How long a buyer has been waiting, and how urgent that is. Qianniu reminds an agent of a slow response once a
// buyer has waited 100 s, so the inbox and the overview colour a wait amber from 60 s and red from 100 s.
class WaitDuration {
    Q_DECLARE_TR_FUNCTIONS(WaitDuration)

public:
    enum class Level { Normal, Warn, Urgent };

    static constexpr qint64 kWarnMs = 60 * 1000;     // amber: the reply is getting late
    static constexpr qint64 kUrgentMs = 100 * 1000;  // red: Qianniu's slow-response reminder

    // The overview's coarse reading: "45 秒", "3 分钟", "1 小时 20 分".
    static QString format(qint64 elapsedMs);
    // The inbox's live counter, to the second while it matters: "35秒", "2分10秒", "1小时5分", "2天3小时".
    static QString counter(qint64 elapsedMs);
    static Level level(qint64 elapsedMs);
    // The text colour of a wait at that level (grey, amber, red).
    static QColor color(Level level);
};

}  // namespace kefu
