#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;

namespace kefu {

class Clock;
class ConversationRepository;
class Database;
class ShopOverviewPanel;
class WaitingConversationsModel;
class WaitingConversationsPanel;

// The workbench's main window. For now it shows the shop overview and the 待回复 queue; it composes panels,
// actions and the status bar and holds no logic of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int kWaitTickMs = 30 * 1000;

    MainWindow(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    // Reads the overview and the waiting queue again from the store.
    void refresh();

private:
    void createActions();
    void createStatusBar();
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
