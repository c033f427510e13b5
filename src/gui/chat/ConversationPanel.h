#pragma once

#include "core/Agent.h"
#include "core/Message.h"
#include "core/QuickPhrase.h"
#include "core/Result.h"
#include "gui/chat/DraftStore.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/QuickPhraseRepository.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class ConversationPanel;
}

namespace kefu {

class MessageListModel;
class UnfilledVariableHighlighter;
struct WorkbenchContext;

// 聊天窗口, the centre of the workbench: the shown conversation's header and actions (结束会话, 转接, 挂起), its
// messages, the find bar and the compose box with quick phrases. Follows WorkbenchEvents::conversationSelected and
// emits conversationUpdated after every write it makes. Replies, 结束会话, 转接 and reading go out through the outbox
// (OutboxRepository), announced with WorkbenchEvents::outboxChanged; a failed reply shows the platform's reason and
// 重发 puts it back in the outbox.
class ConversationPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConversationPanel(WorkbenchContext& ctx, QWidget* parent = nullptr);
    ~ConversationPanel() override;

    qint64 currentConversationId() const { return m_conversationId; }
    // 转接 without the dialog: assigns the conversation and records "已转接给 X：原因" in it.
    Status transferTo(qint64 agentId, const QString& reason);

public Q_SLOTS:
    void showConversation(qint64 conversationId);
    void focusCompose();
    void openFind();
    void closeConversation();
    void transferConversation();  // opens the 转接 dialog (window-modal, does not block)
    void send();

private:
    struct FindOutcome {
        qint64 conversationId = 0;
        QList<qint64> messageIds;  // newest first
        QString error;
    };
    static FindOutcome searchOnWorker(const QString& path, qint64 conversationId, const QString& query);

    void setUpActions();
    void connectEvents();
    void refreshHeader();
    void onConversationUpdated(qint64 conversationId);
    void refreshAcked(const QList<qint64>& messageIds);
    void insertFilled(const QString& text);
    void insertPhrase(const QuickPhrase& phrase);
    Status appendOwnMessage(MessageKind kind, const QString& body);
    void sendCard(MessageKind kind, const QString& body);
    void resend(int row);
    void setAway(bool away);
    // The agent has the conversation on screen: tell the gateway its newest buyer message was read (once per message).
    void enqueueRead();
    void showHint(const QString& text, bool error);
    void startFind(const QString& query);
    void onFindFinished();
    void goToHit(int index);

    WorkbenchContext& m_ctx;
    std::unique_ptr<Ui::ConversationPanel> m_ui;
    MessageListModel* m_model;
    UnfilledVariableHighlighter* m_highlighter;
    ConversationRepository m_conversations;
    MessageRepository m_messages;
    AgentRepository m_agents;
    QuickPhraseRepository m_phrases;
    OutboxRepository m_outbox;
    DraftStore m_drafts;
    qint64 m_conversationId = 0;
    QFutureWatcher<FindOutcome> m_findWatcher;
    QHash<qint64, qint64> m_readUpTo;  // conversation → newest buyer message id already enqueued as read
    QList<qint64> m_hits;
    int m_hitIndex = -1;
};

}  // namespace kefu
