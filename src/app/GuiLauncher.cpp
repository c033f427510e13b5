#include "app/GuiLauncher.h"

#include "app/StartupProbe.h"
#include "app/StoreBootstrap.h"
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/live/LiveChannelBridge.h"
#include "gui/shell/AgentPickerDialog.h"
#include "gui/shell/WorkbenchSettings.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "logging/Log.h"
#include "store/AgentRepository.h"
#include "store/ShopRepository.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// A modal box would wait forever where nobody can click it (offscreen runs, screenshots).
bool canShowDialogs(const QString& screenshotPath) {
    return screenshotPath.isEmpty() && QGuiApplication::platformName() != "offscreen"_L1 &&
           QGuiApplication::platformName() != "minimal"_L1;
}

int saveScreenshot(QWidget& window, const QString& path) {
    // Let layouts, style sheets, paged models and the first paint settle before grabbing.
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
    }
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(path, "PNG")) {
        QTextStream(stderr) << QCoreApplication::translate("GuiLauncher", "无法保存截图：%1").arg(path) << '\n';
        return CommandLine::kExitFailure;
    }
    log::info("screenshot saved to {}", path);
    return CommandLine::kExitOk;
}

std::optional<Agent> firstPreSale(const QList<Agent>& agents) {
    for (const Agent& agent : agents) {
        if (agent.role == AgentRole::PreSale) {
            return agent;
        }
    }
    return agents.isEmpty() ? std::nullopt : std::optional<Agent>(agents.first());
}

}  // namespace

GuiLauncher::GuiLauncher(QString dbPath, CommandLineOptions options, const Clock& clock)
    : m_dbPath(std::move(dbPath)), m_options(std::move(options)), m_clock(clock) {}

int GuiLauncher::run(QApplication& app) {
    if (!m_options.dbPath.isEmpty() && !QFileInfo::exists(m_dbPath) && !confirmNewDemoStore()) {
        return CommandLine::kExitFailure;
    }
    Result<StoreBootstrap::Opened> opened = StoreBootstrap::open(m_dbPath, m_clock);
    if (!opened) {
        reportError(tr("无法打开数据库：%1").arg(opened.error().message), opened.error());
        return CommandLine::kExitFailure;
    }
    if (opened->seeded) {
        log::info("loaded the demo shop into {}", m_dbPath);
    }
    Database& db = *opened->db;
    const Result<std::optional<Agent>> agent = signIn(db);
    if (!agent) {
        reportError(tr("无法登录：%1").arg(agent.error().message), agent.error());
        return CommandLine::kExitFailure;
    }
    if (!agent->has_value()) {
        return CommandLine::kExitOk;  // the agent cancelled the sign-in
    }
    const Result<Shop> shop = ShopRepository(db).get();
    if (!shop) {
        reportError(tr("无法读取店铺：%1").arg(shop.error().message), shop.error());
        return CommandLine::kExitFailure;
    }
    WorkbenchEvents events;
    WorkbenchContext context{db, m_clock, events, **agent, *shop};
    if (Status online = AgentRepository(db).setStatus(context.agent.id, AgentStatus::Online); online) {
        context.agent.status = AgentStatus::Online;
    }
    MainWindow window(context);
    startLiveChannel(window);
    if (m_options.startupProbe) {
        new StartupProbe(window);
    }
    window.show();
    if (!m_options.screenshotPath.isEmpty()) {
        return saveScreenshot(window, m_options.screenshotPath);
    }
    const int code = app.exec();
    if (Status offline = AgentRepository(db).setStatus(context.agent.id, AgentStatus::Offline); !offline) {
        log::warn("could not mark {} offline: {}", context.agent.nick, offline.error().message);
    }
    return code;
}

Result<std::optional<Agent>> GuiLauncher::signIn(Database& db) const {
    AgentRepository agents(db);
    if (!m_options.agentNick.isEmpty()) {
        Result<Agent> named = agents.findByNick(m_options.agentNick);
        if (!named) {
            return Error{named.error().code, tr("没有这个客服账号：%1").arg(m_options.agentNick), named.error().detail};
        }
        return std::optional<Agent>(*named);
    }
    const Result<QList<Agent>> all = agents.list();
    if (!all) {
        return all.error();
    }
    const QString remembered = WorkbenchSettings::lastAgentNick();
    for (const Agent& agent : *all) {
        if (!remembered.isEmpty() && agent.nick == remembered) {
            return std::optional<Agent>(agent);
        }
    }
    if (!canShowDialogs(m_options.screenshotPath)) {
        return firstPreSale(*all);
    }
    AgentPickerDialog picker(*all, remembered);
    if (picker.exec() != QDialog::Accepted || !picker.chosenAgent()) {
        return std::optional<Agent>();
    }
    if (picker.remember()) {
        WorkbenchSettings::setLastAgentNick(picker.chosenAgent()->nick);
    }
    return picker.chosenAgent();
}

void GuiLauncher::startLiveChannel(MainWindow& window) const {
    // --gateway / --gateway-token override the saved 网关 settings for this run only; the socket is opened on the
    // channel's own thread, so a slow or absent gateway never delays the window.
    const QString url = m_options.gatewayUrl.isEmpty() ? WorkbenchSettings::gatewayUrl() : m_options.gatewayUrl;
    const QString token = m_options.gatewayToken.isEmpty() ? WorkbenchSettings::gatewayToken() : m_options.gatewayToken;
    if (url.isEmpty()) {
        log::info(u"no gateway configured: the workbench runs offline, replies wait in the outbox"_s);
    }
    window.liveChannel()->start(url, token);
}

bool GuiLauncher::confirmNewDemoStore() const {
    const QString missing = StoreBootstrap::missingStoreText(m_dbPath);
    if (!canShowDialogs(m_options.screenshotPath)) {
        QTextStream(stderr) << missing << '\n' << StoreBootstrap::seedDemoHint(m_dbPath) << '\n';
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("客服工作台"), missing);
    box.setInformativeText(
        tr("如果这是店铺的数据库，请检查路径是否写错。\n\n也可以在这里新建一个带演示店铺（木棉纪旗舰店）的数据库。"));
    QPushButton* create = box.addButton(tr("新建演示店铺"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("退出"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == create;
}

void GuiLauncher::reportError(const QString& text, const Error& error) const {
    const QString where = tr("文件：%1").arg(QDir::toNativeSeparators(m_dbPath));
    if (!canShowDialogs(m_options.screenshotPath)) {
        QTextStream(stderr) << text << '\n' << where << '\n';
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("客服工作台"), text);
    box.setInformativeText(where);
    if (!error.detail.isEmpty()) {
        box.setDetailedText(error.detail);
    }
    box.exec();
}

}  // namespace kefu
