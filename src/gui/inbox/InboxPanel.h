#pragma once

#include "store/InboxQuery.h"
#include "store/InboxRow.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class InboxPanel;
}

namespace kefu {

class ConversationRepository;
class FixedRowListView;
class InboxModel;
class InboxRowsModel;
class InboxSearch;
class NewMessageAlert;
struct InboxSearchResult;
struct WorkbenchContext;

// 会话列表: the agent's conversations in four views with live wait counters, a search box (nick, order number,
// chat text) and keyboard navigation. Opening a row tells the other panels through WorkbenchEvents and marks the
// conversation read; a conversationUpdated event refreshes that one row and alerts on a new buyer message.
class InboxPanel : public QWidget {
    Q_OBJECT

public:
    explicit InboxPanel(WorkbenchContext& context, QWidget* parent = nullptr);
    ~InboxPanel() override;

    // The conversation the agent opened last (0 when none).
    qint64 currentConversationId() const { return m_openId; }
    InboxView view() const;
    int waitingCount() const { return m_waitingCount; }
    InboxModel* model() const { return m_model; }
    NewMessageAlert* alert() const { return m_alert; }

public Q_SLOTS:
    void selectNext();         // Alt+↓: the next row of the list shown, opened
    void selectPrevious();     // Alt+↑
    void selectNextWaiting();  // the longest-waiting 待回复 conversation other than the open one, opened
    void focusSearch();        // Ctrl+F
    void setView(kefu::InboxView view);
    void openJumpDialog();  // Ctrl+K
    void refreshCounts();   // the views' counts on the tabs, and waitingCountChanged

Q_SIGNALS:
    void waitingCountChanged(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpTabs();
    void setUpLists();
    void connectEvents();
    FixedRowListView* activeList() const;
    void step(int delta);
    void openIndex(const QModelIndex& index);
    void openConversation(qint64 id);
    void selectOpenRow();
    void onConversationUpdated(qint64 id);
    void alertIfBuyerWrote(const InboxRow& fresh);
    void onSearchTextChanged(const QString& text);
    void onSearchFinished(const InboxSearchResult& result);
    void clearSearch();
    void tickWaitCounters();
    void updateEmptyState();
    void showError(const QString& message);
    QString viewTitle(InboxView view) const;

    // What the alert compares a refreshed row with.
    struct SeenState {
        int unread = 0;
        qint64 lastBuyerMessageAtMs = 0;
    };

    std::unique_ptr<Ui::InboxPanel> m_ui;
    WorkbenchContext& m_context;
    std::unique_ptr<ConversationRepository> m_conversations;
    InboxModel* m_model;
    InboxRowsModel* m_results;
    InboxSearch* m_search;
    NewMessageAlert* m_alert;
    QTimer m_waitTicker;
    QTimer m_countsTimer;
    QHash<qint64, SeenState> m_seen;
    qint64 m_startedAtMs = 0;
    qint64 m_openId = 0;
    int m_waitingCount = -1;
};

}  // namespace kefu
