#pragma once

#include "app/CommandLine.h"

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace kefu {

class Clock;

// `kefudesk channel`: the live channel without a window. Opens the store (an empty one gets the demo shop, as the
// workbench does, so a fresh file can take traffic at once), signs the named agent in to the gateway with LiveChannel
// and runs until SIGTERM/SIGINT. Prints `channel: <state>` (channelStateKey) on stdout at every state change, so a
// script or a test can wait for `channel: live`; problems go to stderr and the log.
class HeadlessChannelCommand {
    Q_DECLARE_TR_FUNCTIONS(HeadlessChannelCommand)

public:
    // Exit codes besides CommandLine's 0 (stopped by a signal), 1 (store or agent) and 2 (usage).
    static constexpr int kExitAuthFailed = 3;   // the gateway refused the token: reconnecting would not help
    static constexpr int kExitUnsupported = 4;  // the gateway speaks another protocol version

    HeadlessChannelCommand(QString dbPath, CommandLineOptions options, const Clock& clock, QTextStream& out,
                           QTextStream& err);
    int run(QCoreApplication& app);

private:
    bool prepareStore();

    QString m_dbPath;
    CommandLineOptions m_options;
    const Clock& m_clock;
    QTextStream& m_out;
    QTextStream& m_err;
};

}  // namespace kefu
