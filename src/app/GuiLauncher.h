#pragma once

#include "app/CommandLine.h"
#include "core/Agent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QApplication;

namespace kefu {

class Clock;
class Database;
class MainWindow;
struct Error;

// Starts the workbench: opens the store (loading the demo shop into an empty one; a --db path that does not exist is
// only created after the user agrees, so a mistyped path never opens a demo shop that looks like the real store),
// signs an agent in, shows the main window, starts the live channel (the saved 网关 settings or --gateway) and runs
// the event loop — or, with a screenshot path, renders the window to a PNG and returns.
class GuiLauncher {
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    GuiLauncher(QString dbPath, CommandLineOptions options, const Clock& clock);
    int run(QApplication& app);

private:
    // The agent named by --agent, else the one remembered on this computer, else the picker's choice (or, where no
    // dialog can be shown, the first 售前 agent). Empty when the user cancelled the picker.
    Result<std::optional<Agent>> signIn(Database& db) const;
    void startLiveChannel(MainWindow& window) const;
    // Asks before a new demo store is created at the --db path; where no dialog can be shown, says why and refuses.
    bool confirmNewDemoStore() const;
    void reportError(const QString& text, const Error& error) const;

    QString m_dbPath;
    CommandLineOptions m_options;
    const Clock& m_clock;
};

}  // namespace kefu
