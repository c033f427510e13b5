#pragma once

#include <QString>
#include <QStringList>

namespace kefu {

enum class AppCommand {
    RunGui,       // kefudesk [--db PATH] [--screenshot PATH] [--agent NICK] [--lang zh_CN|en]
                  //          [--gateway URL] [--gateway-token TOKEN]
    SeedDemo,     // kefudesk seed-demo [--db PATH]
    Channel,      // kefudesk channel [--db PATH] --gateway URL --agent NICK --gateway-token TOKEN (headless)
    ShowHelp,     // --help
    ShowVersion,  // --version
    UsageError,   // unknown option or command; `message` says which
};

struct CommandLineOptions {
    AppCommand command = AppCommand::RunGui;
    QString dbPath;             // empty: AppPaths::defaultDatabasePath()
    QString screenshotPath;     // RunGui only: render the main window to this PNG and exit
    QString logLevel;           // empty: info
    QString agentNick;          // RunGui: sign in as this agent (skips the picker); Channel: the agent (required)
    QString language;           // RunGui: "zh_CN" or "en"; empty: the saved setting
    bool startupProbe = false;  // RunGui: print "painted" after the first paint and quit (startup benchmark)
    QString gatewayUrl;         // ws:// or wss:// gateway; empty: the saved channel settings
    QString gatewayToken;       // the gateway's access token; empty: the saved channel settings
    QString message;            // the help or version text, or what was wrong with the arguments
};

// kefudesk's command line, parsed with QCommandLineParser.
class CommandLine {
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitFailure = 1;
    static constexpr int kExitUsage = 2;

    // Needs a Q*Application (for the help text's program name). Does not exit the process.
    static CommandLineOptions parse(const QStringList& arguments);
    // Decided from the raw arguments before any Q*Application exists: CLI commands must run without a display,
    // so only the GUI gets a QApplication.
    static bool needsGui(const QStringList& arguments);
    // False where starting the window would only abort inside Qt (no X11/Wayland display, no -platform).
    static bool canOpenWindows(const QStringList& arguments);
    // The interface language `--lang` asks for ("zh_CN" or "en"), read before parsing so that --help and usage errors
    // already speak it; empty when none (or an unsupported one, which parse() reports) is given.
    static QString requestedLanguage(const QStringList& arguments);
};

}  // namespace kefu
