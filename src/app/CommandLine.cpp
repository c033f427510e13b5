#include "app/CommandLine.h"

#include "channel/client/GatewayUrl.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

const QString kSeedDemo = u"seed-demo"_s;
const QString kChannel = u"channel"_s;

struct Parser {
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption db{u"db"_s,
                          QCoreApplication::translate("CommandLine",
                                                      "数据库文件路径。默认数据库在应用数据目录中，首次启动时导入演示店"
                                                      "铺；指定的文件须已存在（新建用 seed-demo）。"),
                          u"path"_s};
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
    QCommandLineOption gateway{
        u"gateway"_s,
        QCoreApplication::translate("CommandLine", "接入网关的地址（ws:// 或 wss://），优先于已保存的设置。"),
        u"url"_s};
    QCommandLineOption gatewayToken{u"gateway-token"_s,
                                    QCoreApplication::translate("CommandLine", "网关的访问令牌，优先于已保存的设置。"),
                                    u"token"_s};
    QCommandLineOption startupProbe{
        u"startup-probe"_s,
        QCoreApplication::translate("CommandLine", "主窗口第一次绘制完成时输出 painted 并退出（用于测量启动时间）。")};

    Parser() {
        parser.setApplicationDescription(QCoreApplication::translate(
            "CommandLine",
            "客服工作台 — 天猫/淘宝店铺客服工作台\n\n"
            "命令：\n"
            "  （无）      打开工作台窗口\n"
            "  seed-demo  创建数据库并导入演示店铺后退出\n"
            "  channel    无窗口运行实时通道：kefudesk channel --db 路径 --gateway ws://… --agent 子账号 "
            "--gateway-token 令牌\n"
            "             数据库文件须已存在（新建用 seed-demo）；每次状态变化在标准输出打印 channel: <状态>（如 "
            "channel: live）；"
            "收到 SIGTERM/SIGINT 后正常停止\n\n"
            "退出码：0 正常结束（channel：被信号停止）；1 数据库或客服账号出错；2 命令行用法错误；"
            "3 网关拒绝令牌（channel）；4 网关协议版本不受支持（channel）"));
        parser.addOption(db);
        parser.addOption(screenshot);
        parser.addOption(logLevel);
        parser.addOption(agent);
        parser.addOption(language);
        parser.addOption(startupProbe);
        parser.addOption(gateway);
        parser.addOption(gatewayToken);
        parser.addPositionalArgument(
            u"command"_s,
            QCoreApplication::translate("CommandLine", "seed-demo：导入演示店铺后退出；channel：无窗口运行实时通道。"),
            u"[seed-demo|channel]"_s);
    }
};

// Qt's own options that take a value (QGuiApplication/QApplication strip them from the arguments).
const QStringList kQtValueOptions = {
    u"-platform"_s,   u"-platformpluginpath"_s, u"-platformtheme"_s, u"-plugin"_s,      u"-style"_s,
    u"-stylesheet"_s, u"-qwindowgeometry"_s,    u"-qwindowtitle"_s,  u"-qwindowicon"_s, u"-display"_s,
    u"-session"_s,    u"-geometry"_s,           u"-title"_s};

bool takesValue(const QString& argument) {
    return argument == "--db"_L1 || argument == "--screenshot"_L1 || argument == "--log-level"_L1 ||
           argument == "--agent"_L1 || argument == "--lang"_L1 || argument == "--gateway"_L1 ||
           argument == "--gateway-token"_L1 || kQtValueOptions.contains(argument);
}

bool isKnownGuiOption(const QString& argument) {
    return argument == "--startup-probe"_L1 || takesValue(argument.section(u'=', 0, 0));
}

// What `channel` cannot run without, and the window's options it has no use for.
QString channelProblem(const CommandLineOptions& options) {
    if (options.gatewayUrl.isEmpty()) {
        return QCoreApplication::translate("CommandLine", "channel 需要 --gateway ws://主机:端口");
    }
    if (options.agentNick.isEmpty()) {
        return QCoreApplication::translate("CommandLine", "channel 需要 --agent 子账号昵称（如 木棉纪旗舰店:小满）");
    }
    if (options.gatewayToken.isEmpty()) {
        return QCoreApplication::translate("CommandLine", "channel 需要 --gateway-token 令牌");
    }
    if (!options.screenshotPath.isEmpty() || options.startupProbe) {
        return QCoreApplication::translate("CommandLine",
                                           "--screenshot 和 --startup-probe 只能用于启动窗口，不能与 channel 同用");
    }
    return {};
}

void applyCommand(const QStringList& positional, CommandLineOptions& options) {
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional.first() != kSeedDemo && positional.first() != kChannel)) {
        options.command = AppCommand::UsageError;
        options.message = QCoreApplication::translate("CommandLine", "未知的命令：%1（可用命令：seed-demo、channel）")
                              .arg(positional.join(u' '));
        return;
    }
    options.command = positional.isEmpty()              ? AppCommand::RunGui
                      : positional.first() == kSeedDemo ? AppCommand::SeedDemo
                                                        : AppCommand::Channel;
    if (options.command == AppCommand::SeedDemo && !options.screenshotPath.isEmpty()) {
        options.command = AppCommand::UsageError;
        options.message =
            QCoreApplication::translate("CommandLine", "--screenshot 只能用于启动窗口，不能与 seed-demo 同用");
    }
    if (options.command == AppCommand::Channel) {
        if (const QString problem = channelProblem(options); !problem.isEmpty()) {
            options.command = AppCommand::UsageError;
            options.message = problem;
        }
    }
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
    options.gatewayUrl = p.parser.value(p.gateway);
    options.gatewayToken = p.parser.value(p.gatewayToken);
    if (p.parser.isSet(p.gateway) && !isGatewayUrl(options.gatewayUrl)) {
        options.command = AppCommand::UsageError;
        options.message =
            QCoreApplication::translate(
                "CommandLine", "网关地址无效：%1（应为 ws://主机:端口 或 wss://主机:端口，例如 ws://127.0.0.1:8765）")
                .arg(options.gatewayUrl);
        return options;
    }
    if (!options.language.isEmpty() && options.language != "zh_CN"_L1 && options.language != "en"_L1) {
        options.command = AppCommand::UsageError;
        options.message =
            QCoreApplication::translate("CommandLine", "不支持的界面语言：%1（可用：zh_CN、en）").arg(options.language);
        return options;
    }

    applyCommand(p.parser.positionalArguments(), options);
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

QString CommandLine::requestedLanguage(const QStringList& arguments) {
    QString value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == "--lang"_L1 && i + 1 < arguments.size()) {
            value = arguments.at(i + 1);
        } else if (argument.startsWith("--lang="_L1)) {
            value = argument.section(u'=', 1);
        }
    }
    return value == "en"_L1 || value == "zh_CN"_L1 ? value : QString();
}

}  // namespace kefu
