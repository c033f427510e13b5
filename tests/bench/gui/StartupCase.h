#pragma once

#include "Samples.h"

#include <QString>
#include <QStringList>

namespace kefu {

struct StartupOutcome {
    Samples runs;        // ms from QProcess::start() to the "painted" line, in run order (the first is the coldest)
    QStringList errors;  // runs that failed or timed out
};

// Starts `kefudesk --db STORE --agent NICK --startup-probe` `runs` times (offscreen, with its own settings folder)
// and times each start to its first painted frame.
StartupOutcome benchStartup(const QString& kefudesk, const QString& store, const QString& agentNick, int runs,
                            const QString& settingsDir);

}  // namespace kefu
