#include "app/HeadlessChannelCommand.h"

#include "app/StopSignals.h"
#include "app/StoreBootstrap.h"
#include "channel/client/LiveChannel.h"
#include "logging/Log.h"
#include "store/AgentRepository.h"

#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kefu {

HeadlessChannelCommand::HeadlessChannelCommand(QString dbPath, CommandLineOptions options, const Clock& clock,
                                               QTextStream& out, QTextStream& err)
    : m_dbPath(std::move(dbPath)), m_options(std::move(options)), m_clock(clock), m_out(out), m_err(err) {}

// The channel's worker opens its own connection; this one only migrates the file, seeds an empty one and checks the
// agent, and is closed again before the channel starts. A service never invents the file itself: a mistyped path
// would otherwise sync real buyers into a fresh demo shop.
bool HeadlessChannelCommand::prepareStore() {
    if (!QFileInfo::exists(m_dbPath)) {
        m_err << StoreBootstrap::missingStoreText(m_dbPath) << u'\n' << StoreBootstrap::seedDemoHint(m_dbPath)
              << Qt::endl;
        return false;
    }
    Result<StoreBootstrap::Opened> opened = StoreBootstrap::open(m_dbPath, m_clock);
    if (!opened) {
        m_err << tr("无法打开数据库：%1").arg(opened.error().message) << u'\n' << opened.error().detail << Qt::endl;
        return false;
    }
    if (opened->seeded) {
        m_out << tr("已在空数据库中创建演示店铺：%1").arg(m_dbPath) << Qt::endl;
    }
    Result<Agent> agent = AgentRepository(*opened->db).findByNick(m_options.agentNick);
    if (!agent) {
        m_err << tr("没有这个客服账号：%1").arg(m_options.agentNick) << Qt::endl;
        return false;
    }
    return true;
}

int HeadlessChannelCommand::run(QCoreApplication& app) {
    if (!prepareStore()) {
        return CommandLine::kExitFailure;
    }
    LiveChannel channel;
    int code = CommandLine::kExitOk;
    const auto finish = [&](int exitCode) {
        code = exitCode;
        app.exit(exitCode);
    };
    QObject::connect(&channel, &LiveChannel::stateChanged, &app, [&](ChannelState state) {
        m_out << "channel: "_L1 << channelStateKey(state) << Qt::endl;
        if (state == ChannelState::AuthFailed) {
            finish(kExitAuthFailed);
        } else if (state == ChannelState::Unsupported) {
            finish(kExitUnsupported);
        } else if (state == ChannelState::Failed) {
            finish(CommandLine::kExitFailure);
        }
    });
    QObject::connect(&channel, &LiveChannel::authFailed, &app,
                     [&](const QString& message) { m_err << tr("网关拒绝登录：%1").arg(message) << Qt::endl; });
    QObject::connect(&channel, &LiveChannel::problemReported, &app,
                     [&](const QString& message) { m_err << message << Qt::endl; });
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &app, [&](int signalNumber) {
        log::info("实时通道: 收到信号 {}, 正常停止", signalNumber);
        finish(CommandLine::kExitOk);
    });

    ChannelSettings settings;
    settings.url = m_options.gatewayUrl;
    settings.agentNick = m_options.agentNick;
    settings.token = m_options.gatewayToken;
    settings.dbPath = m_dbPath;
    channel.start(settings);
    app.exec();
    // Closes the socket (1000) and the worker's store connections; everything acked is committed already.
    channel.stop();
    log::info("实时通道: {}", channel.diagnostics().summary());
    return code;
}

}  // namespace kefu
