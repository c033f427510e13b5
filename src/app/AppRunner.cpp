#include "app/AppRunner.h"

#include "app/AppPaths.h"
#include "app/GuiLauncher.h"
#include "app/HeadlessChannelCommand.h"
#include "app/SeedDemoCommand.h"
#include "core/SystemClock.h"
#include "logging/Log.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kefu {

AppRunner::AppRunner(CommandLineOptions options) : m_options(std::move(options)) {}

int AppRunner::run() {
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (m_options.command) {
        case AppCommand::ShowHelp:
        case AppCommand::ShowVersion:
            out << m_options.message << '\n';
            return CommandLine::kExitOk;
        case AppCommand::UsageError:
            err << m_options.message << '\n' << tr("用法见 kefudesk --help") << '\n';
            return CommandLine::kExitUsage;
        case AppCommand::SeedDemo:
        case AppCommand::Channel:
        case AppCommand::RunGui:
            break;
    }
    if (!initLog()) {
        err << tr("未知的日志级别：%1（可用：debug、info、warn、error）").arg(m_options.logLevel) << '\n';
        return CommandLine::kExitUsage;
    }
    const QString dbPath = m_options.dbPath.isEmpty() ? AppPaths::defaultDatabasePath() : m_options.dbPath;
    log::info("kefudesk {} starting: {}", QCoreApplication::applicationVersion(),
              QCoreApplication::arguments().join(u' '));

    const SystemClock clock;
    int code = CommandLine::kExitFailure;
    if (m_options.command == AppCommand::SeedDemo) {
        code = SeedDemoCommand(dbPath, clock, out, err).run();
    } else if (m_options.command == AppCommand::Channel) {
        code = HeadlessChannelCommand(dbPath, m_options, clock, out, err).run(*QCoreApplication::instance());
    } else if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        code = GuiLauncher(dbPath, m_options, clock).run(*app);
    }
    log::info("kefudesk exiting with code {}", code);
    log::shutdown();
    return code;
}

bool AppRunner::initLog() {
    log::Level level = log::Level::Info;
    if (!m_options.logLevel.isEmpty()) {
        const std::optional<log::Level> parsed = log::levelFromName(m_options.logLevel);
        if (!parsed) {
            return false;
        }
        level = *parsed;
    }
    // CLI output stays clean; the window's stderr is nobody's screen, and the headless channel is a long-running
    // service whose stderr is its log, so both may use it.
    const bool toStderr = m_options.command == AppCommand::RunGui || m_options.command == AppCommand::Channel;
    const Status status = log::init(log::LogOptions{AppPaths::logDir(), toStderr, level});
    Q_UNUSED(status);  // without a log file the app still runs; init() keeps logging to the ring (and stderr)
    return true;
}

}  // namespace kefu
