#pragma once

#include <QHash>
#include <QString>

namespace kefu {

// CPU time (user + system, ms) of each of this process's threads by name, from /proc/self/task (Linux): taken before
// and after a case, it says which thread — GUI, channel worker, simulator — the time went to.
QHash<QString, double> threadCpuMs();
// "kefu_live_bench 41 %, kefu-channel 22 %, …" of `wallMs`, busiest first.
QString threadCpuShares(const QHash<QString, double>& before, const QHash<QString, double>& after, double wallMs);

}  // namespace kefu
