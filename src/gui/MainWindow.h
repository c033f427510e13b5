#pragma once

#include "gui/shell/ShortcutCheatSheet.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QSplitter;

namespace kefu {

struct WorkbenchContext;
class AgentStatusButton;
class ConversationPanel;
class CustomerSidePanel;
class InboxPanel;
class ProductKnowledgePanel;
class QuickPhrasePanel;
class ShopOverviewPage;

// The agent's workbench window. It composes the panels (inbox | conversation | customer side panel, with quick
// phrases, product knowledge and the shop overview as docks), the menus and keys that reach them, and the status
// bar; it holds no shop logic. The layout is saved on close and restored on the next start.
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
    // Every menu with its actions, for the F1 sheet.
    QList<ShortcutCheatSheet::Section> shortcutSections() const;

public Q_SLOTS:
    void showShortcutCheatSheet();
    void showSettings();
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
    QLabel* m_connectionLabel = nullptr;
    QByteArray m_defaultState;
};

}  // namespace kefu
