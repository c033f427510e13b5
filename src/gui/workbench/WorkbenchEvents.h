#pragma once

#include "core/Agent.h"
#include "core/Message.h"

#include <QList>
#include <QObject>
#include <QString>

namespace kefu {

// The workbench's message bus. Panels never call each other: one emits what happened or what it asks for, the
// panels that care listen. The shell owns the single instance; the live channel's bridge (LiveChannelBridge) emits
// conversationUpdated / ordersUpdated for what the gateway stored and listens to outboxChanged.
class WorkbenchEvents : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    // The agent opened a conversation (inbox click, Alt+↓, Ctrl+K …). Chat and side panels follow it.
    void conversationSelected(qint64 conversationId);
    // A conversation's stored state changed (new message, read, closed, transferred); the inbox refreshes its row.
    void conversationUpdated(qint64 conversationId);
    // The gateway answered these replies (sent, delivered, failed with a reason): a chat view showing one re-reads it,
    // however far back it is.
    void messagesAcked(const QList<qint64>& messageIds);
    // A customer's stored facts changed (tags, note); panels showing them re-read.
    void customerUpdated(qint64 customerId);
    // An order or after-sales case of this customer changed (address, memo, new case).
    void ordersUpdated(qint64 customerId);

    // Text for the compose box (a quick phrase, an FAQ answer); variables such as {买家昵称} are filled there.
    void composeInsertRequested(const QString& text);
    // Send a card or a text to the buyer of the current conversation now (product card: numIid; order card: tid).
    void sendRequested(kefu::MessageKind kind, const QString& body);
    // Ask the shell to switch the agent's status (the chat's 挂起 action, the status bar).
    void agentStatusChangeRequested(kefu::AgentStatus status);
    // The shell changed the agent's status.
    void agentStatusChanged(kefu::AgentStatus status);
    // A quick phrase was used (use counts, most-used-first ordering).
    void quickPhraseUsed(qint64 phraseId);
    // Quick phrases were added, edited, deleted, moved or imported; the / popup reads them again when next opened.
    void quickPhrasesChanged();
    // A reply or a command (read, close, transfer, presence) was written to the outbox: the live channel sends it now.
    void outboxChanged();
};

}  // namespace kefu
