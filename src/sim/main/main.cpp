// kefudesk-gateway-sim: a protocol v1 gateway with scripted buyers, for trying the workbench's live channel by hand
// and for load and fault tests (docs/gateway-sim.md).
#include "logging/Log.h"
#include "sim/GatewaySimulator.h"
#include "sim/SimCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>
#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// The executable's texts, under one translation context that lupdate can see.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GatewaySim)
};

struct Cli {
    kefu::SimOptions options;
    int buyers = 3;
    double rate = 6.0;
    double bulkRate = 0.0;
    int burst = 0;
    QString recordPath;
};

QList<QCommandLineOption> cliOptions() {
    return {
        {u"host"_s, Text::tr("监听地址（0.0.0.0 = 局域网内可连接）"), Text::tr("地址"), u"127.0.0.1"_s},
        {u"port"_s, Text::tr("监听端口（0 = 任意空闲端口）"), Text::tr("端口"), u"8765"_s},
        {u"token"_s, Text::tr("客户端登录需要的令牌"), Text::tr("令牌"), u"kefu-sim-token"_s},
        {u"shop"_s, Text::tr("店铺主账号昵称"), Text::tr("昵称"), u"木棉纪旗舰店"_s},
        {u"agent"_s, Text::tr("尚无客服登录时新会话分配给的子账号"), Text::tr("子账号")},
        {u"rate"_s, Text::tr("脚本买家每分钟新开的会话数"), Text::tr("个"), u"6"_s},
        {u"buyers"_s, Text::tr("同时进行的脚本买家数；压测模式下为会话数"), Text::tr("个"), u"3"_s},
        {u"seed"_s, Text::tr("随机种子（相同种子生成相同的买家与故障）"), Text::tr("数字"), u"1"_s},
        {u"heartbeat"_s, Text::tr("心跳间隔（毫秒）"), Text::tr("毫秒"), u"15000"_s},
        {u"delivered-after"_s, Text::tr("回复“已发送”后多少毫秒再确认“已送达”（负数 = 不确认）"), Text::tr("毫秒"),
         u"-1"_s},
        {u"drop-every"_s, Text::tr("每发送 N 个序号帧断开一次连接"), u"N"_s, u"0"_s},
        {u"duplicate"_s, Text::tr("序号帧重复发送的概率（0–1）"), u"P"_s, u"0"_s},
        {u"reorder"_s, Text::tr("在 W 个序号帧的窗口内打乱顺序"), u"W"_s, u"0"_s},
        {u"delay"_s, Text::tr("每帧延迟毫秒数（±50% 抖动，保持顺序）"), Text::tr("毫秒"), u"0"_s},
        {u"malformed"_s, Text::tr("插入错误帧的概率（0–1）"), u"P"_s, u"0"_s},
        {u"db"_s, Text::tr("从客服工作台的数据库读取商品，使商品卡片可识别"), Text::tr("文件")},
        {u"no-oversized"_s, Text::tr("错误帧中不包含超过 64 KiB 的帧")},
        {u"record"_s, Text::tr("把收到的所有帧以 JSON 行写入文件"), Text::tr("文件")},
        {u"burst"_s, Text::tr("首位客服登录后一次性发送 N 条压测消息（不启动脚本买家）"), u"N"_s, u"0"_s},
        {u"bulk-rate"_s, Text::tr("压测模式：每秒发送的买家消息数（不启动脚本买家）"), Text::tr("条"), u"0"_s},
    };
}

std::optional<Cli> parse(const QCommandLineParser& parser, QString* error) {
    Cli cli;
    bool ok = true;
    auto number = [&](const QString& name) {
        bool good = false;
        const double value = parser.value(name).toDouble(&good);
        if (!good || value < 0) {
            ok = false;
            *error = Text::tr("参数 --%1 的值无效：%2").arg(name, parser.value(name));
        }
        return value;
    };
    kefu::SimOptions& o = cli.options;
    o.host = parser.value(u"host"_s);
    o.port = static_cast<quint16>(number(u"port"_s));
    o.token = parser.value(u"token"_s);
    o.shopNick = parser.value(u"shop"_s);
    o.shopName = o.shopNick;
    if (parser.isSet(u"agent"_s)) {
        o.defaultAgent = parser.value(u"agent"_s);
    } else if (parser.isSet(u"shop"_s)) {
        o.defaultAgent = o.shopNick + u":客服"_s;
    }
    o.seed = static_cast<quint64>(number(u"seed"_s));
    o.heartbeatIntervalMs = qBound(qint64{1000}, static_cast<qint64>(number(u"heartbeat"_s)), qint64{600000});
    bool deliveredOk = false;
    o.deliveredAfterMs = parser.value(u"delivered-after"_s).toLongLong(&deliveredOk);
    if (!deliveredOk) {
        ok = false;
        *error = Text::tr("参数 --%1 的值无效：%2").arg(u"delivered-after"_s, parser.value(u"delivered-after"_s));
    }
    o.faults.dropEvery = static_cast<int>(number(u"drop-every"_s));
    o.faults.duplicate = qMin(1.0, number(u"duplicate"_s));
    o.faults.reorderWindow = static_cast<int>(number(u"reorder"_s));
    o.faults.delayMs = static_cast<int>(number(u"delay"_s));
    o.faults.malformed = qMin(1.0, number(u"malformed"_s));
    o.faults.malformedOversized = !parser.isSet(u"no-oversized"_s);
    cli.rate = number(u"rate"_s);
    cli.buyers = static_cast<int>(number(u"buyers"_s));
    cli.burst = static_cast<int>(number(u"burst"_s));
    cli.bulkRate = number(u"bulk-rate"_s);
    cli.recordPath = parser.value(u"record"_s);
    if (ok && parser.isSet(u"db"_s)) {
        const kefu::Result<QList<kefu::SimProduct>> products = kefu::SimCatalog::productsFrom(parser.value(u"db"_s));
        if (!products) {
            ok = false;
            *error = Text::tr("无法读取商品：%1（%2）").arg(products.error().message, products.error().detail);
        } else {
            o.products = products.value();
        }
    }
    return ok ? std::optional<Cli>(cli) : std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kefudesk-gateway-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KEFU_VERSION));
    static_cast<void>(kefu::log::init(kefu::log::LogOptions{}));  // stderr only: it cannot fail

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("客服工作台网关模拟器：按协议 v1 扮演店铺的买家，可注入网络故障。"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(cliOptions());
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const std::optional<Cli> cli = parse(parser, &error);
    if (!cli) {
        err << error << Qt::endl;
        return 2;
    }

    kefu::GatewaySimulator simulator(cli->options);
    if (!cli->recordPath.isEmpty() && !simulator.record().writeTo(cli->recordPath, &error)) {
        err << Text::tr("无法写入记录文件 %1：%2").arg(cli->recordPath, error) << Qt::endl;
        return 1;
    }
    if (!simulator.start()) {
        err << Text::tr("无法监听端口 %1：%2").arg(cli->options.port).arg(simulator.errorString()) << Qt::endl;
        return 1;
    }
    // Traffic starts with the first sign-in, so that it is routed to the agent who actually connected.
    bool trafficStarted = false;
    QObject::connect(&simulator, &kefu::GatewaySimulator::agentAuthenticated, &simulator, [&](const QString& agent) {
        out << Text::tr("客服已登录：%1").arg(agent) << Qt::endl;
        if (trafficStarted) {
            return;
        }
        trafficStarted = true;
        const int conversations = qMax(1, cli->buyers);
        if (cli->burst > 0) {
            simulator.sendBurst(cli->burst, conversations);
        }
        if (cli->bulkRate > 0) {
            simulator.startBulk(cli->bulkRate, conversations);
        } else if (cli->burst == 0 && cli->buyers > 0 && cli->rate > 0) {
            simulator.startBuyers(cli->buyers, cli->rate);
        }
    });
    out << Text::tr("网关模拟器已启动，请连接：%1（令牌：%2）").arg(simulator.url().toString(), cli->options.token)
        << Qt::endl;
    out << Text::tr("按 Ctrl+C 停止。") << Qt::endl;

    if (::pipe(g_signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
            out << Text::tr("正在停止…") << Qt::endl;
            simulator.stop();
            QCoreApplication::quit();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    const int code = QCoreApplication::exec();
    const QList<kefu::SimRecord::Reply> replies = simulator.record().replies();
    out << Text::tr("共收到 %1 条客服回复。").arg(replies.size()) << Qt::endl;
    kefu::log::shutdown();
    return code;
}
