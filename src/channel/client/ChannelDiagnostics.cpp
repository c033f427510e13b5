#include "channel/client/ChannelDiagnostics.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kefu {

qint64 ChannelDiagnostics::badFrameTotal() const {
    qint64 total = 0;
    for (auto it = badFrames.cbegin(); it != badFrames.cend(); ++it) {
        total += it.value();
    }
    return total;
}

QString ChannelDiagnostics::summary() const {
    QStringList bad;
    for (auto it = badFrames.cbegin(); it != badFrames.cend(); ++it) {
        bad << it.key() % u": "_s % QString::number(it.value());
    }
    return u"in %1 (%2 B) out %3 (%4 B) bad {%5} duplicates %6 rejected %7 reconnects %8 outbox %9 acked %10 checkpoints %11"_s
        .arg(framesIn)
        .arg(bytesIn)
        .arg(framesOut)
        .arg(bytesOut)
        .arg(bad.join(u", "_s))
        .arg(duplicates)
        .arg(rejected)
        .arg(reconnects)
        .arg(outboxSize)
        .arg(lastAckedSeq)
        .arg(checkpoints);
}

}  // namespace kefu
