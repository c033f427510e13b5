#include "gui/overview/ShopOverviewPage.h"

#include "core/Clock.h"
#include "core/ShopTime.h"
#include "gui/overview/ShopOverviewPanel.h"
#include "gui/overview/ShopOverviewReader.h"
#include "gui/overview/WaitDuration.h"
#include "gui/overview/WaitingConversationsModel.h"
#include "gui/overview/WaitingConversationsPanel.h"
#include "logging/Log.h"
#include "store/ConversationRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

ShopOverviewPage::ShopOverviewPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_clock(clock),
      m_conversations(std::make_unique<ConversationRepository>(db)),
      m_waitingModel(new WaitingConversationsModel(*m_conversations, clock, this)),
      m_overviewPanel(new ShopOverviewPanel),
      m_waitingPanel(new WaitingConversationsPanel(m_waitingModel)),
      m_errorBar(new QLabel) {
    setObjectName(u"overviewPage"_s);
    m_errorBar->setObjectName(u"errorBar"_s);
    m_errorBar->setWordWrap(true);
    m_errorBar->hide();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(m_overviewPanel, 5);
    columns->addWidget(m_waitingPanel, 6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(m_errorBar);
    layout->addLayout(columns, 1);

    connect(m_overviewPanel, &ShopOverviewPanel::refreshRequested, this, &ShopOverviewPage::refresh);
    connect(m_waitingModel, &WaitingConversationsModel::loadFailed, this, &ShopOverviewPage::showError);
    connect(&m_waitTicker, &QTimer::timeout, this, [this] {
        m_waitingModel->refreshWaitTimes();
        updateLongestWait();
    });
    m_waitTicker.start(kWaitTickMs);
    refresh();
}

ShopOverviewPage::~ShopOverviewPage() = default;

void ShopOverviewPage::refresh() {
    Result<ShopOverview> overview = ShopOverviewReader(m_db).read();
    if (!overview) {
        log::error("overview: {} ({})", overview.error().message, overview.error().detail);
        showError(tr("无法读取店铺数据：%1").arg(overview.error().message));
    } else {
        m_errorBar->hide();
        m_overviewPanel->setOverview(overview.value());
        m_waitingPanel->setTotal(overview->conversationsWaiting);
        Q_EMIT shopNameChanged(overview->shop.name);
    }
    m_waitingModel->reload();
    updateLongestWait();
    m_overviewPanel->setUpdatedAt(tr("更新于 %1").arg(ShopTime::formatTime(m_clock.nowMs())));
}

void ShopOverviewPage::showError(const QString& message) {
    m_errorBar->setText(message);
    m_errorBar->show();
}

void ShopOverviewPage::updateLongestWait() {
    if (m_waitingModel->rowCount() == 0) {
        m_overviewPanel->setLongestWait(tr("暂无买家等待"));
        return;
    }
    const qint64 longest = m_waitingModel->index(0, 0).data(WaitingConversationsModel::WaitingMsRole).toLongLong();
    m_overviewPanel->setLongestWait(tr("最久已等待 %1").arg(WaitDuration::format(longest)));
}

}  // namespace kefu
