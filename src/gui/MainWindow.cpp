#include "gui/MainWindow.h"

#include "gui/AppStyle.h"
#include "gui/chat/ConversationPanel.h"
#include "gui/customer/CustomerSidePanel.h"
#include "gui/inbox/InboxPanel.h"
#include "gui/knowledge/ProductKnowledgePanel.h"
#include "gui/live/ChannelAlertBanner.h"
#include "gui/live/ChannelDiagnosticsDialog.h"
#include "gui/live/ChannelStatusLabel.h"
#include "gui/live/LiveChannelBridge.h"
#include "gui/overview/ShopOverviewPage.h"
#include "gui/phrases/QuickPhrasePanel.h"
#include "gui/shell/AgentStatusButton.h"
#include "gui/shell/SettingsDialog.h"
#include "gui/shell/ShortcutCheatSheet.h"
#include "gui/widgets/QuietUpdate.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
const QString kGeometryKey = u"window/geometry"_s;
const QString kStateKey = u"window/state"_s;
const QString kSplitterKey = u"window/splitter"_s;
constexpr int kLayoutVersion = 1;  // bump when docks are added or renamed, so an old saved layout is ignored
}  // namespace

MainWindow::MainWindow(WorkbenchContext& context, QWidget* parent) : QMainWindow(parent), m_context(context) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("客服工作台 — %1 — %2").arg(context.shop.name, context.agent.displayName));
    setStyleSheet(AppStyle::styleSheet());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    resize(1600, 960);
    m_live = new LiveChannelBridge(context, this);
    createPanels();
    createDocks();
    createMenus();
    createStatusBar();
    connectLiveChannel();
    m_defaultState = saveState(kLayoutVersion);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels() {
    m_inbox = new InboxPanel(m_context);
    m_conversation = new ConversationPanel(m_context);
    m_customer = new CustomerSidePanel(m_context);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"workbenchSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_customer);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({300, 640, 340});
    // The channel's banner sits above the panels, so the agent sees it without losing any of them.
    m_channelBanner = new ChannelAlertBanner;
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_channelBanner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createDocks() {
    m_phrases = new QuickPhrasePanel(m_context);
    m_knowledge = new ProductKnowledgePanel(m_context);
    m_overview = new ShopOverviewPage(m_context.db, m_context.clock);
    m_phraseDock = addPanelDock(m_phrases, tr("快捷短语"), u"quickPhraseDock"_s);
    m_knowledgeDock = addPanelDock(m_knowledge, tr("商品知识"), u"knowledgeDock"_s);
    m_overviewDock = addPanelDock(m_overview, tr("店铺概况"), u"overviewDock"_s);
    tabifyDockWidget(m_phraseDock, m_knowledgeDock);
    tabifyDockWidget(m_knowledgeDock, m_overviewDock);
    m_overviewDock->hide();
    m_phraseDock->raise();
    resizeDocks({m_phraseDock}, {380}, Qt::Horizontal);
}

QDockWidget* MainWindow::addPanelDock(QWidget* panel, const QString& title, const QString& objectName) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    return dock;
}

QAction* MainWindow::addAction(QMenu* menu, const QString& text, const QKeySequence& keys, const QString& objectName) {
    QAction* action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    // Window-wide: the keys work whichever panel has the focus.
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

void MainWindow::showDockAndFocus(QDockWidget* dock) {
    dock->show();
    dock->raise();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    connect(addAction(file, tr("导入快捷短语(&I)…"), {}, u"importPhrasesAction"_s), &QAction::triggered, m_phrases,
            &QuickPhrasePanel::importCsv);
    connect(addAction(file, tr("导出快捷短语(&E)…"), {}, u"exportPhrasesAction"_s), &QAction::triggered, m_phrases,
            &QuickPhrasePanel::exportCsv);
    file->addSeparator();
    connect(addAction(file, tr("设置(&S)…"), QKeySequence(u"Ctrl+,"_s), u"settingsAction"_s), &QAction::triggered, this,
            &MainWindow::showSettings);
    file->addSeparator();
    connect(addAction(file, tr("退出(&Q)"), QKeySequence(u"Ctrl+Q"_s), u"quitAction"_s), &QAction::triggered, this,
            &QWidget::close);

    createConversationMenu();

    QMenu* account = menuBar()->addMenu(tr("状态(&U)"));
    for (AgentStatus status : {AgentStatus::Online, AgentStatus::Away, AgentStatus::Offline}) {
        QAction* action = account->addAction(agentStatusLabel(status));
        connect(action, &QAction::triggered, this,
                [this, status] { Q_EMIT m_context.events.agentStatusChangeRequested(status); });
    }
    createViewMenu();

    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    connect(addAction(help, tr("快捷键一览(&K)"), QKeySequence(Qt::Key_F1), u"shortcutSheetAction"_s),
            &QAction::triggered, this, &MainWindow::showShortcutCheatSheet);
    connect(addAction(help, tr("连接诊断(&D)…"), QKeySequence(u"Ctrl+Shift+D"_s), u"channelDiagnosticsAction"_s),
            &QAction::triggered, this, &MainWindow::showChannelDiagnostics);
    help->addAction(tr("关于客服工作台(&A)"), this, [this] {
        QMessageBox::about(
            this, tr("关于客服工作台"),
            tr("<b>客服工作台</b> %1<br>天猫/淘宝店铺客服工作台。").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createConversationMenu() {
    QMenu* menu = menuBar()->addMenu(tr("会话(&C)"));
    connect(addAction(menu, tr("下一个会话"), QKeySequence(u"Alt+Down"_s), u"nextConversationAction"_s),
            &QAction::triggered, m_inbox, &InboxPanel::selectNext);
    connect(addAction(menu, tr("上一个会话"), QKeySequence(u"Alt+Up"_s), u"previousConversationAction"_s),
            &QAction::triggered, m_inbox, &InboxPanel::selectPrevious);
    connect(addAction(menu, tr("下一个待回复买家(&N)"), QKeySequence(u"Alt+N"_s), u"nextWaitingAction"_s),
            &QAction::triggered, m_inbox, &InboxPanel::selectNextWaiting);
    connect(addAction(menu, tr("按昵称跳转(&J)…"), QKeySequence(u"Ctrl+K"_s), u"jumpToBuyerAction"_s),
            &QAction::triggered, m_inbox, &InboxPanel::openJumpDialog);
    connect(addAction(menu, tr("搜索会话列表"), QKeySequence(u"Ctrl+Shift+K"_s), u"searchInboxAction"_s),
            &QAction::triggered, m_inbox, &InboxPanel::focusSearch);
    menu->addSeparator();
    connect(addAction(menu, tr("回到输入框(&I)"), QKeySequence(u"Ctrl+E"_s), u"focusComposeAction"_s),
            &QAction::triggered, m_conversation, &ConversationPanel::focusCompose);
    // The conversation's own actions (find, transfer, close, hang up), made window-wide.
    for (QAction* action : m_conversation->actions()) {
        action->setShortcutContext(Qt::WindowShortcut);
        menu->addAction(action);
    }
    menu->addSeparator();
    connect(addAction(menu, tr("搜索快捷短语"), QKeySequence(u"Ctrl+/"_s), u"phraseSearchAction"_s),
            &QAction::triggered, this, [this] {
                showDockAndFocus(m_phraseDock);
                m_phrases->focusSearch();
            });
    connect(addAction(menu, tr("搜索商品"), QKeySequence(u"Ctrl+P"_s), u"productSearchAction"_s), &QAction::triggered,
            this, [this] {
                showDockAndFocus(m_knowledgeDock);
                m_knowledge->focusProductSearch();
            });
    connect(addAction(menu, tr("搜索常见问题"), QKeySequence(u"Ctrl+Shift+F"_s), u"faqSearchAction"_s),
            &QAction::triggered, this, [this] {
                showDockAndFocus(m_knowledgeDock);
                m_knowledge->focusFaqSearch();
            });
    const QStringList tabs = {tr("客户"), tr("订单"), tr("售后")};
    for (int i = 0; i < tabs.size(); ++i) {
        connect(addAction(menu, tr("侧栏：%1").arg(tabs.at(i)), QKeySequence(u"Alt+%1"_s.arg(i + 1)),
                          u"sideTab%1Action"_s.arg(i + 1)),
                &QAction::triggered, this, [this, i] { m_customer->showTab(i); });
    }
}

void MainWindow::createViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("视图(&V)"));
    for (QDockWidget* dock : {m_phraseDock, m_knowledgeDock, m_overviewDock}) {
        view->addAction(dock->toggleViewAction());
    }
    view->addSeparator();
    view->addAction(tr("恢复默认布局(&R)"), this, &MainWindow::resetLayout);
}

void MainWindow::createStatusBar() {
    m_statusButton = new AgentStatusButton(m_context);
    m_waitingLabel = new QLabel;
    m_waitingLabel->setObjectName(u"statusWaiting"_s);
    m_connectionLabel = new ChannelStatusLabel;
    auto* dbLabel = new QLabel(QDir::toNativeSeparators(m_context.db.path()));
    dbLabel->setObjectName(u"statusDatabasePath"_s);
    dbLabel->setToolTip(tr("数据库文件（数据结构版本 %1）").arg(m_context.db.schemaVersion()));
    dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusButton);
    statusBar()->addWidget(m_waitingLabel);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(dbLabel);
    connect(m_inbox, &InboxPanel::waitingCountChanged, this, &MainWindow::updateWaitingCount);
    updateWaitingCount(m_inbox->waitingCount());
}

void MainWindow::updateWaitingCount(int waiting) {
    // Called for every stored buyer message: a style sheet set re-polishes the label and re-lays out the status bar.
    m_waitingLabel->setText(tr("待回复 %1 人").arg(waiting));
    QuietUpdate::setStyleSheet(*m_waitingLabel, waiting > 0 ? u"color: #ff5000; font-weight: 600;"_s : QString());
}

QList<ShortcutCheatSheet::Section> MainWindow::shortcutSections() const {
    QList<ShortcutCheatSheet::Section> sections;
    for (QAction* menuAction : menuBar()->actions()) {
        if (QMenu* menu = menuAction->menu()) {
            sections.append({menu->title().remove(u'&'), menu->actions()});
        }
    }
    return sections;
}

void MainWindow::showShortcutCheatSheet() {
    ShortcutCheatSheet sheet(shortcutSections(), this);
    sheet.exec();
}

void MainWindow::connectLiveChannel() {
    connect(m_live, &LiveChannelBridge::stateChanged, this, &MainWindow::onChannelStateChanged);
    connect(m_live, &LiveChannelBridge::diagnosticsChanged, m_connectionLabel, &ChannelStatusLabel::setDiagnostics);
    connect(m_live, &LiveChannelBridge::configurationChanged, this, &MainWindow::onChannelConfigurationChanged);
    connect(m_live, &LiveChannelBridge::authFailed, m_channelBanner, &ChannelAlertBanner::showAuthFailure);
    connect(m_live, &LiveChannelBridge::problemReported, m_channelBanner, &ChannelAlertBanner::showProblem);
    connect(m_channelBanner, &ChannelAlertBanner::settingsRequested, this, &MainWindow::showGatewaySettings);
    connect(m_connectionLabel, &ChannelStatusLabel::clicked, this, &MainWindow::showChannelDiagnostics);
    connect(&m_context.events, &WorkbenchEvents::outboxChanged, this, &MainWindow::updateOfflineOutbox);
    onChannelConfigurationChanged();
}

void MainWindow::onChannelConfigurationChanged() {
    m_connectionLabel->setGateway(m_live->url(), m_live->agentNick());
    m_connectionLabel->setState(m_live->state());
    updateOfflineOutbox();
}

void MainWindow::onChannelStateChanged() {
    const ChannelState state = m_live->state();
    m_connectionLabel->setState(state);
    if (state == ChannelState::Live && m_channelBanner->isAuthFailure()) {
        m_channelBanner->hide();
    } else if (state == ChannelState::AuthFailed && !m_channelBanner->isVisible()) {
        m_channelBanner->showAuthFailure(m_live->authFailure());
    }
}

void MainWindow::updateOfflineOutbox() {
    if (m_live->isConfigured()) {
        return;  // the worker counts it (diagnostics)
    }
    // One indexed count: cheap enough on the GUI thread's connection.
    const Result<int> waiting = OutboxRepository(m_context.db).countReplies();
    m_connectionLabel->setOfflineOutboxSize(waiting ? *waiting : 0);
}

void MainWindow::showSettings() {
    runSettings(false);
}

void MainWindow::showGatewaySettings() {
    runSettings(true);
}

void MainWindow::runSettings(bool gatewayFirst) {
    SettingsDialog dialog(this);
    if (gatewayFirst) {
        dialog.focusGateway();
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // A new address or token takes effect at once; after a refused token, OK alone also tries again.
    if (dialog.gatewayChanged() || m_live->state() == ChannelState::AuthFailed) {
        m_channelBanner->hide();
        m_live->startFromSettings();
    }
}

void MainWindow::showChannelDiagnostics() {
    if (!m_diagnostics) {
        m_diagnostics = new ChannelDiagnosticsDialog(*m_live, this);
        m_diagnostics->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_diagnostics->show();
    m_diagnostics->raise();
    m_diagnostics->activateWindow();
}

void MainWindow::resetLayout() {
    restoreState(m_defaultState, kLayoutVersion);
    m_splitter->setSizes({300, 640, 340});
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

}  // namespace kefu
