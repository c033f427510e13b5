#pragma once

#include "gui/shell/ShortcutCheatSheet.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QSplitter;

namespace kefu {

struct WorkbenchContext;
class AgentStatusButton;
class ChannelAlertBanner;
class ChannelDiagnosticsDialog;
class ChannelStatusLabel;
class ConversationPanel;
class CustomerSidePanel;
class InboxPanel;
class LiveChannelBridge;
class ProductKnowledgePanel;
class QuickPhrasePanel;
class ShopOverviewPage;

// The agent's workbench window. It composes the panels (inbox | conversation | customer side panel, with quick
// phrases, product knowledge and the shop overview as docks), the menus and keys that reach them, and the status
// bar; it holds no shop logic. The layout is saved on close and restored on the next start. It owns the live
// channel's bridge (started by the launcher, or again when the 网关 settings change), shows its state in the status
// bar, an auth failure or channel problem in a banner above the panels, and its counters in 帮助 → 连接诊断.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(WorkbenchContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    InboxPanel* inboxPanel() const { return m_inbox; }
    ConversationPanel* conversationPanel() const { return m_conversation; }
    CustomerSidePanel* customerPanel() const { return m_customer; }
    QuickPhrasePanel* quickPhrasePanel() const { return m_phrases; }
    ProductKnowledgePanel* knowledgePanel() const { return m_knowledge; }
    LiveChannelBridge* liveChannel() const { return m_live; }
    ChannelStatusLabel* channelStatusLabel() const { return m_connectionLabel; }
    ChannelAlertBanner* channelAlertBanner() const { return m_channelBanner; }
    // Every menu with its actions, for the F1 sheet.
    QList<ShortcutCheatSheet::Section> shortcutSections() const;

public Q_SLOTS:
    void showShortcutCheatSheet();
    void showSettings();
    // 设置 opened on the 网关 section (the auth-failure banner's 打开设置).
    void showGatewaySettings();
    // 帮助 → 连接诊断: non-modal, raised when already open.
    void showChannelDiagnostics();
    // Back to the layout a new agent starts with (panels, docks and splitter sizes).
    void resetLayout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanels();
    void createDocks();
    void createMenus();
    void createConversationMenu();
    void createViewMenu();
    void createStatusBar();
    QDockWidget* addPanelDock(QWidget* panel, const QString& title, const QString& objectName);
    QAction* addAction(QMenu* menu, const QString& text, const QKeySequence& keys, const QString& objectName);
    void showDockAndFocus(QDockWidget* dock);
    void saveLayout() const;
    void restoreLayout();
    void updateWaitingCount(int waiting);
    void connectLiveChannel();
    void onChannelConfigurationChanged();
    void onChannelStateChanged();
    void updateOfflineOutbox();
    void runSettings(bool gatewayFirst);

    WorkbenchContext& m_context;
    InboxPanel* m_inbox = nullptr;
    ConversationPanel* m_conversation = nullptr;
    CustomerSidePanel* m_customer = nullptr;
    QuickPhrasePanel* m_phrases = nullptr;
    ProductKnowledgePanel* m_knowledge = nullptr;
    ShopOverviewPage* m_overview = nullptr;
    QSplitter* m_splitter = nullptr;
    QDockWidget* m_phraseDock = nullptr;
    QDockWidget* m_knowledgeDock = nullptr;
    QDockWidget* m_overviewDock = nullptr;
    AgentStatusButton* m_statusButton = nullptr;
    QLabel* m_waitingLabel = nullptr;
    ChannelStatusLabel* m_connectionLabel = nullptr;
    ChannelAlertBanner* m_channelBanner = nullptr;
    LiveChannelBridge* m_live = nullptr;
    QPointer<ChannelDiagnosticsDialog> m_diagnostics;
    QByteArray m_defaultState;
};

}  // namespace kefu
