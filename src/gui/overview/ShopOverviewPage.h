#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;

namespace kefu {

class Clock;
class ConversationRepository;
class Database;
class ShopOverviewPanel;
class WaitingConversationsModel;
class WaitingConversationsPanel;

// 店铺概况: the shop's numbers today and the 待回复 queue at a glance (a dock of the main window).
class ShopOverviewPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kWaitTickMs = 30 * 1000;

    ShopOverviewPage(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~ShopOverviewPage() override;

public Q_SLOTS:
    // Reads the overview and the waiting queue again from the store.
    void refresh();

Q_SIGNALS:
    void shopNameChanged(const QString& name);

private:
    void showError(const QString& message);
    void updateLongestWait();

    Database& m_db;
    const Clock& m_clock;
    std::unique_ptr<ConversationRepository> m_conversations;
    WaitingConversationsModel* m_waitingModel;
    ShopOverviewPanel* m_overviewPanel;
    WaitingConversationsPanel* m_waitingPanel;
    QLabel* m_errorBar;
    QTimer m_waitTicker;
};

}  // namespace kefu
