#include "app/CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

const QString kSeedDemo = u"seed-demo"_s;

struct Parser {
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption db{
        u"db"_s, QCoreApplication::translate("CommandLine", "数据库文件路径（默认在应用数据目录中）。"), u"path"_s};
    QCommandLineOption screenshot{
        u"screenshot"_s, QCoreApplication::translate("CommandLine", "把主窗口渲染为 PNG 图片后退出。"), u"png"_s};
    QCommandLineOption logLevel{u"log-level"_s,
                                QCoreApplication::translate("CommandLine", "日志级别：debug、info、warn、error。"),
                                u"level"_s, u"info"_s};
    QCommandLineOption agent{
        u"agent"_s,
        QCoreApplication::translate("CommandLine", "以该客服账号登录（子账号昵称），不显示选择客服对话框。"),
        u"nick"_s};
    QCommandLineOption language{u"lang"_s, QCoreApplication::translate("CommandLine", "界面语言：zh_CN（默认）或 en。"),
                                u"language"_s};
    QCommandLineOption startupProbe{
        u"startup-probe"_s,
        QCoreApplication::translate("CommandLine", "主窗口第一次绘制完成时输出 painted 并退出（用于测量启动时间）。")};

    Parser() {
        parser.setApplicationDescription(
            QCoreApplication::translate("CommandLine", "客服工作台 — 天猫/淘宝店铺客服工作台"));
        parser.addOption(db);
        parser.addOption(screenshot);
        parser.addOption(logLevel);
        parser.addOption(agent);
        parser.addOption(language);
        parser.addOption(startupProbe);
        parser.addPositionalArgument(
            u"command"_s, QCoreApplication::translate("CommandLine", "seed-demo：创建数据库并导入演示店铺后退出。"),
            u"[seed-demo]"_s);
    }
};

// Qt's own options that take a value (QGuiApplication/QApplication strip them from the arguments).
const QStringList kQtValueOptions = {
    u"-platform"_s,   u"-platformpluginpath"_s, u"-platformtheme"_s, u"-plugin"_s,      u"-style"_s,
    u"-stylesheet"_s, u"-qwindowgeometry"_s,    u"-qwindowtitle"_s,  u"-qwindowicon"_s, u"-display"_s,
    u"-session"_s,    u"-geometry"_s,           u"-title"_s};

bool takesValue(const QString& argument) {
    return argument == "--db"_L1 || argument == "--screenshot"_L1 || argument == "--log-level"_L1 ||
           argument == "--agent"_L1 || argument == "--lang"_L1 || kQtValueOptions.contains(argument);
}

bool isKnownGuiOption(const QString& argument) {
    return argument == "--startup-probe"_L1 || takesValue(argument.section(u'=', 0, 0));
}

}  // namespace

CommandLineOptions CommandLine::parse(const QStringList& arguments) {
    Parser p;
    CommandLineOptions options;
    if (!p.parser.parse(arguments)) {
        options.command = AppCommand::UsageError;
        options.message = p.parser.errorText();
        return options;
    }
    if (p.parser.isSet(p.help)) {
        options.command = AppCommand::ShowHelp;
        options.message = p.parser.helpText();
        return options;
    }
    if (p.parser.isSet(p.version)) {
        options.command = AppCommand::ShowVersion;
        options.message = QCoreApplication::applicationName() % u' ' % QCoreApplication::applicationVersion();
        return options;
    }
    options.dbPath = p.parser.value(p.db);
    options.screenshotPath = p.parser.value(p.screenshot);
    options.logLevel = p.parser.value(p.logLevel);
    options.agentNick = p.parser.value(p.agent);
    options.language = p.parser.value(p.language);
    options.startupProbe = p.parser.isSet(p.startupProbe);
    if (!options.language.isEmpty() && options.language != "zh_CN"_L1 && options.language != "en"_L1) {
        options.command = AppCommand::UsageError;
        options.message =
            QCoreApplication::translate("CommandLine", "不支持的界面语言：%1（可用：zh_CN、en）").arg(options.language);
        return options;
    }

    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && positional.first() != kSeedDemo)) {
        options.command = AppCommand::UsageError;
        options.message = QCoreApplication::translate("CommandLine", "未知的命令：%1（可用命令：seed-demo）")
                              .arg(positional.join(u' '));
        return options;
    }
    options.command = positional.isEmpty() ? AppCommand::RunGui : AppCommand::SeedDemo;
    if (options.command == AppCommand::SeedDemo && !options.screenshotPath.isEmpty()) {
        options.command = AppCommand::UsageError;
        options.message =
            QCoreApplication::translate("CommandLine", "--screenshot 只能用于启动窗口，不能与 seed-demo 同用");
    }
    return options;
}

bool CommandLine::needsGui(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (takesValue(argument)) {
            ++i;  // its value is never a command
            continue;
        }
        if (!argument.startsWith(u'-')) {
            return false;  // a command (or a mistyped one): the window takes no positional arguments
        }
        // Qt's own GUI options have one dash (-platform, -style); an unknown "--option" is reported by the CLI path,
        // which needs no display.
        if (argument.startsWith("--"_L1) && !isKnownGuiOption(argument)) {
            return false;
        }
        if (argument == "-h"_L1 || argument == "-?"_L1 || argument == "-v"_L1) {
            return false;
        }
    }
    return true;
}

bool CommandLine::canOpenWindows(const QStringList& arguments) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        return true;
    }
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString& argument) {
        return argument == "-platform"_L1 || argument.startsWith("-platform="_L1);
    });
#else
    Q_UNUSED(arguments);
    return true;
#endif
}

}  // namespace kefu
