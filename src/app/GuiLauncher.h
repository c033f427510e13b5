#pragma once

#include <QCoreApplication>
#include <QString>

class QApplication;

namespace kefu {

class Clock;
struct Error;

// Starts the workbench: opens the store (loading the demo shop into an empty one), shows the main window and runs
// the event loop — or, with a screenshot path, renders the window to a PNG and returns.
class GuiLauncher {
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    GuiLauncher(QString dbPath, QString screenshotPath, const Clock& clock);
    int run(QApplication& app);

private:
    void reportOpenError(const Error& error) const;

    QString m_dbPath;
    QString m_screenshotPath;
    const Clock& m_clock;
};

}  // namespace kefu
