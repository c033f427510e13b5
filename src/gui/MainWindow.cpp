#include "gui/MainWindow.h"

#include "core/Clock.h"
#include "core/ShopTime.h"
#include "gui/AppStyle.h"
#include "gui/overview/ShopOverviewPanel.h"
#include "gui/overview/ShopOverviewReader.h"
#include "gui/overview/WaitDuration.h"
#include "gui/overview/WaitingConversationsModel.h"
#include "gui/overview/WaitingConversationsPanel.h"
#include "logging/Log.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

MainWindow::MainWindow(Database& db, const Clock& clock, QWidget* parent)
    : QMainWindow(parent),
      m_db(db),
      m_clock(clock),
      m_conversations(std::make_unique<ConversationRepository>(db)),
      m_waitingModel(new WaitingConversationsModel(*m_conversations, clock, this)),
      m_overviewPanel(new ShopOverviewPanel),
      m_waitingPanel(new WaitingConversationsPanel(m_waitingModel)),
      m_errorBar(new QLabel) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("客服工作台"));
    setStyleSheet(AppStyle::styleSheet());
    resize(1440, 900);

    auto* page = new QWidget;
    page->setObjectName(u"overviewPage"_s);
    m_errorBar->setObjectName(u"errorBar"_s);
    m_errorBar->setWordWrap(true);
    m_errorBar->hide();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(m_overviewPanel, 5);
    columns->addWidget(m_waitingPanel, 6);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_errorBar);
    layout->addLayout(columns, 1);
    setCentralWidget(page);

    createActions();
    createStatusBar();
    connect(m_overviewPanel, &ShopOverviewPanel::refreshRequested, this, &MainWindow::refresh);
    connect(m_waitingModel, &WaitingConversationsModel::loadFailed, this, &MainWindow::showError);
    connect(&m_waitTicker, &QTimer::timeout, this, [this] {
        m_waitingModel->refreshWaitTimes();
        updateLongestWait();
    });
    m_waitTicker.start(kWaitTickMs);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* fileMenu = menuBar()->addMenu(tr("文件(&F)"));
    QAction* refreshAction = fileMenu->addAction(tr("刷新(&R)"), this, &MainWindow::refresh);
    refreshAction->setObjectName(u"refreshAction"_s);
    refreshAction->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("退出(&Q)"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* helpMenu = menuBar()->addMenu(tr("帮助(&H)"));
    helpMenu->addAction(tr("关于客服工作台(&A)"), this, [this] {
        QMessageBox::about(
            this, tr("关于客服工作台"),
            tr("<b>客服工作台</b> %1<br>天猫/淘宝店铺客服工作台。").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar() {
    auto* dbLabel = new QLabel(tr("数据库：%1").arg(QDir::toNativeSeparators(m_db.path())));
    dbLabel->setObjectName(u"statusDatabasePath"_s);
    dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* versionLabel = new QLabel(tr("数据结构版本 %1").arg(m_db.schemaVersion()));
    versionLabel->setObjectName(u"statusSchemaVersion"_s);
    statusBar()->addWidget(dbLabel, 1);
    statusBar()->addPermanentWidget(versionLabel);
}

void MainWindow::refresh() {
    Result<ShopOverview> overview = ShopOverviewReader(m_db).read();
    if (!overview) {
        log::error("overview: {} ({})", overview.error().message, overview.error().detail);
        showError(tr("无法读取店铺数据：%1").arg(overview.error().message));
    } else {
        m_errorBar->hide();
        m_overviewPanel->setOverview(overview.value());
        m_waitingPanel->setTotal(overview->conversationsWaiting);
        setWindowTitle(tr("客服工作台 — %1").arg(overview->shop.name));
    }
    m_waitingModel->reload();
    updateLongestWait();
    m_overviewPanel->setUpdatedAt(tr("更新于 %1").arg(ShopTime::formatTime(m_clock.nowMs())));
}

void MainWindow::showError(const QString& message) {
    m_errorBar->setText(message);
    m_errorBar->show();
}

void MainWindow::updateLongestWait() {
    if (m_waitingModel->rowCount() == 0) {
        m_overviewPanel->setLongestWait(tr("暂无买家等待"));
        return;
    }
    const qint64 longest = m_waitingModel->index(0, 0).data(WaitingConversationsModel::WaitingMsRole).toLongLong();
    m_overviewPanel->setLongestWait(tr("最久已等待 %1").arg(WaitDuration::format(longest)));
}

}  // namespace kefu
