#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace kefu {

// How long a buyer has been waiting, the way an agent reads it at a glance: "45 秒", "3 分钟", "1 小时 20 分".
class WaitDuration {
    Q_DECLARE_TR_FUNCTIONS(WaitDuration)

public:
    static constexpr qint64 kWarnMs = 3 * 60 * 1000;     // shown amber: the shop's reply target is 3 minutes
    static constexpr qint64 kUrgentMs = 10 * 60 * 1000;  // shown red

    static QString format(qint64 elapsedMs);
};

}  // namespace kefu
