// kefudesk's entry point: picks the application object the command needs and hands over to AppRunner.
#include "app/AppPaths.h"
#include "app/AppRunner.h"
#include "app/CommandLine.h"
#include "gui/shell/UiLanguage.h"
#include "gui/shell/WorkbenchSettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>

int main(int argc, char** argv) {
    kefu::AppPaths::configureApplication();
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i) {
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // seed-demo, --help and --version must work on a machine without a display.
    std::unique_ptr<QCoreApplication> app;
    if (kefu::CommandLine::needsGui(rawArguments)) {
        if (!kefu::CommandLine::canOpenWindows(rawArguments)) {
            std::fputs(
                "kefudesk: 没有可用的显示器，无法打开窗口。请在桌面环境中运行，或使用 xvfb-run，"
                "或设置 QT_QPA_PLATFORM=offscreen。\n",
                stderr);
            return kefu::CommandLine::kExitFailure;
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Installed before parsing: --help (Qt's own lines included) and usage errors speak the interface language.
    const QString requested = kefu::CommandLine::requestedLanguage(rawArguments);
    kefu::UiLanguage language;
    language.install(requested.isEmpty() ? kefu::WorkbenchSettings::language() : requested);
    return kefu::AppRunner(kefu::CommandLine::parse(QCoreApplication::arguments())).run();
}
