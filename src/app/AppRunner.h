#pragma once

#include "app/CommandLine.h"

#include <QCoreApplication>

namespace kefu {

// Runs what the command line asked for once the Q*Application exists: help, version, seed-demo, the headless channel
// or the window.
// Owns the process-wide pieces (log, clock) for the duration of the run.
class AppRunner {
    Q_DECLARE_TR_FUNCTIONS(AppRunner)

public:
    explicit AppRunner(CommandLineOptions options);
    int run();

private:
    bool initLog();

    CommandLineOptions m_options;
};

}  // namespace kefu
