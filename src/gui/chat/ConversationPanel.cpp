#include "gui/chat/ConversationPanel.h"

#include "channel/FrameLimits.h"
#include "core/Clock.h"
#include "core/Customer.h"
#include "core/PhraseTemplate.h"
#include "gui/chat/MessageListModel.h"
#include "gui/chat/PhraseVariables.h"
#include "gui/chat/TransferDialog.h"
#include "gui/chat/UnfilledVariableHighlighter.h"
#include "gui/widgets/QuietUpdate.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/Database.h"
#include "ui_ConversationPanel.h"

#include <QAction>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
// Delivery receipts land on the newest replies; looking further back on every update is not worth the reads.
constexpr int kStatusRefreshRows = 20;
}  // namespace

ConversationPanel::ConversationPanel(WorkbenchContext& ctx, QWidget* parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_ui(std::make_unique<Ui::ConversationPanel>()),
      m_model(new MessageListModel(ctx.db, ctx.clock, this)),
      m_highlighter(nullptr),
      m_conversations(ctx.db),
      m_messages(ctx.db),
      m_agents(ctx.db),
      m_phrases(ctx.db),
      m_outbox(ctx.db) {
    m_ui->setupUi(this);
    m_ui->messageView->setMessageModel(m_model);
    m_highlighter = new UnfilledVariableHighlighter(m_ui->composeEdit->document());
    m_ui->headerFrame->setObjectName(u"chatHeader"_s);
    m_ui->headerFrame->setStyleSheet(u"QFrame#chatHeader { border-bottom: 1px solid #e3e5e8; }"_s);
    QFont nickFont = m_ui->nickLabel->font();
    nickFont.setBold(true);
    nickFont.setPointSizeF(nickFont.pointSizeF() + 1);
    m_ui->nickLabel->setFont(nickFont);
    for (QLabel* label :
         std::initializer_list<QLabel*>{m_ui->levelLabel, m_ui->channelLabel, m_ui->statusLabel, m_ui->agentLabel}) {
        label->setStyleSheet(u"color: #5b616b;"_s);
    }
    m_ui->composeEdit->setMinimumHeight(72);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({460, 130});
    m_ui->hintLabel->clear();
    setUpActions();
    connectEvents();
    m_ui->composeEdit->setPhraseLoader([this] {
        auto phrases = m_phrases.listVisibleTo(m_ctx.agent.id);
        return phrases ? *phrases : QList<QuickPhrase>{};
    });
    showConversation(0);
}

ConversationPanel::~ConversationPanel() {
    m_findWatcher.waitForFinished();
}

void ConversationPanel::setUpActions() {
    // The window puts these same actions in its 会话 menu with a window-wide context: one action per key, so a key
    // is never claimed twice (Qt fires neither of two ambiguous shortcuts).
    auto addShortcut = [this](const QString& text, const QKeySequence& keys, const QString& name, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(tr("在会话中查找(&F)"), QKeySequence::Find, u"findInConversationAction"_s,
                &ConversationPanel::openFind);
    addShortcut(tr("转接(&T)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), u"transferAction"_s,
                &ConversationPanel::transferConversation);
    addShortcut(tr("结束会话(&E)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), u"closeConversationAction"_s,
                &ConversationPanel::closeConversation);
    addShortcut(tr("挂起 / 恢复在线(&H)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), u"awayAction"_s,
                [this] { m_ui->awayButton->click(); });
    connect(m_ui->findButton, &QToolButton::clicked, this, &ConversationPanel::openFind);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &ConversationPanel::closeConversation);
    connect(m_ui->transferButton, &QToolButton::clicked, this, &ConversationPanel::transferConversation);
    connect(m_ui->awayButton, &QToolButton::clicked, this, &ConversationPanel::setAway);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ConversationPanel::send);
    connect(m_ui->composeEdit, &ComposeEdit::submitRequested, this, &ConversationPanel::send);
    connect(m_ui->composeEdit, &ComposeEdit::phraseChosen, this, &ConversationPanel::insertPhrase);
    // Drafts are written to disk two seconds after the agent stops typing (and on every switch), not per keystroke.
    auto* draftSaver = new QTimer(this);
    draftSaver->setSingleShot(true);
    draftSaver->setInterval(2000);
    connect(draftSaver, &QTimer::timeout, this, [this] { m_drafts.save(); });
    connect(m_ui->composeEdit, &QPlainTextEdit::textChanged, this, [this, draftSaver] {
        if (m_conversationId != 0) {
            m_drafts.setDraft(m_conversationId, m_ui->composeEdit->toPlainText());
            draftSaver->start();
        }
        if (PhraseTemplate::pendingKnownVariables(m_ui->composeEdit->toPlainText()).isEmpty()) {
            showHint(QString(), false);
        }
    });
    connect(m_ui->messageView, &MessageView::resendRequested, this, &ConversationPanel::resend);
    connect(m_ui->messageView, &MessageView::olderLoadFailed, this,
            [this](const QString& message) { showHint(message, true); });
    connect(m_ui->findBar, &ConversationFindBar::searchRequested, this, &ConversationPanel::startFind);
    connect(m_ui->findBar, &ConversationFindBar::nextRequested, this, [this] { goToHit(m_hitIndex + 1); });
    connect(m_ui->findBar, &ConversationFindBar::previousRequested, this, [this] { goToHit(m_hitIndex - 1); });
    connect(m_ui->findBar, &ConversationFindBar::closed, this, &ConversationPanel::focusCompose);
    connect(&m_findWatcher, &QFutureWatcher<FindOutcome>::finished, this, &ConversationPanel::onFindFinished);
}

void ConversationPanel::connectEvents() {
    WorkbenchEvents& events = m_ctx.events;
    connect(&events, &WorkbenchEvents::conversationSelected, this, &ConversationPanel::showConversation);
    connect(&events, &WorkbenchEvents::conversationUpdated, this, &ConversationPanel::onConversationUpdated);
    connect(&events, &WorkbenchEvents::messagesAcked, this, &ConversationPanel::refreshAcked);
    connect(&events, &WorkbenchEvents::composeInsertRequested, this, &ConversationPanel::insertFilled);
    connect(&events, &WorkbenchEvents::sendRequested, this, &ConversationPanel::sendCard);
    connect(&events, &WorkbenchEvents::quickPhrasesChanged, m_ui->composeEdit, &ComposeEdit::invalidatePhrases);
    connect(&events, &WorkbenchEvents::quickPhraseUsed, m_ui->composeEdit, &ComposeEdit::invalidatePhrases);
    connect(&events, &WorkbenchEvents::agentStatusChanged, this,
            [this](AgentStatus status) { m_ui->awayButton->setChecked(status == AgentStatus::Away); });
}

void ConversationPanel::showConversation(qint64 conversationId) {
    if (m_conversationId != 0) {
        m_drafts.setDraft(m_conversationId, m_ui->composeEdit->toPlainText());
        m_drafts.save();
    }
    m_conversationId = 0;  // the draft of the old conversation must not follow the text swap below
    m_ui->composeEdit->clear();
    const Status loaded = m_model->setConversation(conversationId);
    m_conversationId = conversationId;
    m_hits.clear();
    m_hitIndex = -1;
    m_ui->findBar->hide();
    showHint(loaded ? QString() : loaded.error().message, !loaded);
    const bool shown = conversationId != 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->composeEdit, m_ui->sendButton, m_ui->closeButton,
                                                      m_ui->transferButton, m_ui->findButton}) {
        w->setEnabled(shown);
    }
    if (shown) {
        m_ui->composeEdit->setPlainText(m_drafts.draft(conversationId));
        m_ui->composeEdit->moveCursor(QTextCursor::End);
    }
    refreshHeader();
    m_ui->messageView->scrollToBottom();
    enqueueRead();
}

void ConversationPanel::refreshHeader() {
    Result<std::optional<InboxRow>> row = std::optional<InboxRow>();
    if (m_conversationId != 0) {
        row = m_conversations.row(m_conversationId);
    }
    if (!row || !row->has_value()) {
        m_ui->nickLabel->setText(m_conversationId == 0 ? tr("未选择会话") : tr("会话不存在"));
        for (QLabel* label : std::initializer_list<QLabel*>{m_ui->levelLabel, m_ui->channelLabel, m_ui->statusLabel,
                                                            m_ui->agentLabel}) {
            label->clear();
        }
        return;
    }
    const InboxRow& r = **row;
    m_ui->nickLabel->setText(r.buyerNick);
    m_ui->levelLabel->setText(customerLevelLabel(r.level));
    m_ui->channelLabel->setText(channelLabel(r.conversation.channel));
    m_ui->statusLabel->setText(conversationStatusLabel(r.conversation.status));
    QString agentName = tr("未分配");
    if (r.conversation.assignedAgentId) {
        auto agent = m_agents.find(*r.conversation.assignedAgentId);
        agentName = agent ? agent->displayName : tr("客服 %1").arg(*r.conversation.assignedAgentId);
    }
    m_ui->agentLabel->setText(tr("接待：%1").arg(agentName));
    m_ui->closeButton->setEnabled(r.conversation.status != ConversationStatus::Closed);
}

void ConversationPanel::refreshAcked(const QList<qint64>& messageIds) {
    for (const qint64 id : messageIds) {
        if (m_model->rowOf(id) >= 0) {
            (void)m_model->refresh(id);  // a reply that cannot be re-read keeps its last status on screen
        }
    }
}

void ConversationPanel::onConversationUpdated(qint64 conversationId) {
    if (conversationId != m_conversationId || conversationId == 0) {
        return;
    }
    const bool follow = m_ui->messageView->isAtBottom();
    auto added = m_model->appendNewer();
    if (!added) {
        showHint(added.error().message, true);
    }
    const int rows = m_model->rowCount();
    for (int row = std::max(0, rows - kStatusRefreshRows); row < rows; ++row) {
        const Message& m = m_model->messageAt(row);
        if (m.direction == MessageDirection::Agent && m.status != MessageStatus::Delivered) {
            (void)m_model->refresh(m.id);
        }
    }
    if (follow || (added && *added > 0 && m_model->messageAt(rows - 1).direction == MessageDirection::Agent)) {
        m_ui->messageView->scrollToBottom();
    }
    refreshHeader();
    if (added && *added > 0) {
        enqueueRead();
    }
}

void ConversationPanel::enqueueRead() {
    if (m_conversationId == 0) {
        return;
    }
    qint64 newestBuyer = 0;
    for (int row = m_model->rowCount() - 1; row >= 0 && newestBuyer == 0; --row) {
        const Message& m = m_model->messageAt(row);
        if (m.direction == MessageDirection::Buyer && !m.gatewayMessageId.isEmpty()) {
            newestBuyer = m.id;
        }
    }
    if (newestBuyer == 0 || m_readUpTo.value(m_conversationId) >= newestBuyer) {
        return;
    }
    m_readUpTo.insert(m_conversationId, newestBuyer);
    // A local (demo) conversation has nobody on the platform to tell.
    if (const Result<QString> gatewayId = m_conversations.gatewayIdOf(m_conversationId);
        !gatewayId || gatewayId->isEmpty()) {
        return;
    }
    if (const Status read = m_outbox.enqueueRead(m_conversationId, m_ctx.clock.nowMs()); !read) {
        m_readUpTo.remove(m_conversationId);  // tried again on the next update
        showHint(tr("无法通知买家已读：%1").arg(read.error().message), true);
        return;
    }
    Q_EMIT m_ctx.events.outboxChanged();
}

void ConversationPanel::focusCompose() {
    m_ui->composeEdit->setFocus();
}

void ConversationPanel::insertFilled(const QString& text) {
    if (m_conversationId == 0) {
        return;
    }
    const auto filled = PhraseTemplate::fill(text, PhraseVariables::forConversation(m_ctx, m_conversationId, *m_model));
    m_ui->composeEdit->insertPlainText(filled.text);
    m_ui->composeEdit->setFocus();
    const QStringList pending = PhraseTemplate::pendingKnownVariables(m_ui->composeEdit->toPlainText());
    if (!pending.isEmpty()) {
        showHint(tr("请先填写 {%1}").arg(pending.join(u"} {"_s)), true);
    }
}

void ConversationPanel::insertPhrase(const QuickPhrase& phrase) {
    insertFilled(phrase.body);
    if (const Status used = m_phrases.recordUse(phrase.id); !used) {
        showHint(used.error().message, true);
        return;
    }
    Q_EMIT m_ctx.events.quickPhraseUsed(phrase.id);
}

void ConversationPanel::send() {
    if (m_conversationId == 0 || m_ui->composeEdit->isPhrasePopupVisible()) {
        return;
    }
    const QString text = m_ui->composeEdit->toPlainText().trimmed();
    if (text.isEmpty()) {
        return;
    }
    const QStringList pending = PhraseTemplate::pendingKnownVariables(text);
    if (!pending.isEmpty()) {
        showHint(tr("请先填写 {%1}").arg(pending.join(u"} {"_s)), true);
        return;
    }
    // The platform refuses longer texts (protocol v1 §4): it would never be delivered, so it is not queued.
    if (text.size() > FrameLimits::kMaxTextLength) {
        showHint(tr("消息太长：最多 %1 字，现在 %2 字，请分几条发送").arg(FrameLimits::kMaxTextLength).arg(text.size()),
                 true);
        return;
    }
    const Status sent = appendOwnMessage(MessageKind::Text, text);
    if (!sent) {
        showHint(tr("发送失败，消息已保留：%1").arg(sent.error().message), true);
        return;
    }
    const qint64 id = m_conversationId;
    m_ui->composeEdit->clear();
    m_drafts.clear(id);
    Q_EMIT m_ctx.events.conversationUpdated(id);
    Q_EMIT m_ctx.events.outboxChanged();
}

Status ConversationPanel::appendOwnMessage(MessageKind kind, const QString& body) {
    Message m;
    m.conversationId = m_conversationId;
    m.direction = MessageDirection::Agent;
    m.kind = kind;
    m.body = body;
    m.clientMessageId = OutboxRepository::newClientMessageId();
    m.status = MessageStatus::Queued;  // the live channel delivers it and moves it on
    m.sentAtMs = m_ctx.clock.nowMs();
    m.agentId = m_ctx.agent.id;
    return m_ctx.db.transaction([&]() -> Status {
        // The reply and its outbox row together: offline it waits there until a gateway is configured.
        if (auto stored = m_outbox.enqueueReply(m); !stored) {
            return stored.error();
        }
        // Whoever answers an unassigned buyer takes the conversation: it shows in their 我的 and colleagues see who
        // has it, so two agents do not answer the same buyer.
        const Result<Conversation> conversation = m_conversations.find(m.conversationId);
        if (!conversation) {
            return conversation.error();
        }
        return conversation->assignedAgentId ? Status{} : m_conversations.assign(m.conversationId, m_ctx.agent.id);
    });
}

void ConversationPanel::sendCard(MessageKind kind, const QString& body) {
    if (m_conversationId == 0 || body.isEmpty()) {
        return;
    }
    if (const Status sent = appendOwnMessage(kind, body); !sent) {
        showHint(tr("发送失败：%1").arg(sent.error().message), true);
        return;
    }
    Q_EMIT m_ctx.events.conversationUpdated(m_conversationId);
    Q_EMIT m_ctx.events.outboxChanged();
}

void ConversationPanel::resend(int row) {
    if (const Status status = m_model->resend(row); !status) {
        showHint(tr("重发失败：%1").arg(status.error().message), true);
        return;
    }
    Q_EMIT m_ctx.events.conversationUpdated(m_conversationId);
    Q_EMIT m_ctx.events.outboxChanged();
}

void ConversationPanel::closeConversation() {
    if (m_conversationId == 0) {
        return;
    }
    const qint64 id = m_conversationId;
    const qint64 now = m_ctx.clock.nowMs();
    const Status closed = m_ctx.db.transaction([&]() -> Status {
        if (const Status stored = m_conversations.close(id, now); !stored) {
            return stored;
        }
        return m_outbox.enqueueClose(id, now);
    });
    if (!closed) {
        showHint(tr("无法结束会话：%1").arg(closed.error().message), true);
        return;
    }
    Q_EMIT m_ctx.events.conversationUpdated(id);
    Q_EMIT m_ctx.events.outboxChanged();
}

void ConversationPanel::transferConversation() {
    if (m_conversationId == 0) {
        return;
    }
    auto agents = m_agents.list();
    if (!agents) {
        showHint(agents.error().message, true);
        return;
    }
    QList<Agent> candidates;
    for (const Agent& a : *agents) {
        if (a.id != m_ctx.agent.id) {
            candidates.append(a);
        }
    }
    auto* dialog = new TransferDialog(candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 conversationId = m_conversationId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, conversationId] {
        const auto agent = dialog->selectedAgent();
        if (agent && conversationId == m_conversationId) {
            if (const Status moved = transferTo(agent->id, dialog->reason()); !moved) {
                showHint(tr("转接失败：%1").arg(moved.error().message), true);
            }
        }
    });
    dialog->open();
}

Status ConversationPanel::transferTo(qint64 agentId, const QString& reason) {
    if (m_conversationId == 0 || reason.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("请填写转接原因"), QString()};
    }
    auto agent = m_agents.find(agentId);
    if (!agent) {
        return agent.error();
    }
    const Status status = m_ctx.db.transaction([&]() -> Status {
        if (const Status assigned = m_conversations.assign(m_conversationId, agentId); !assigned) {
            return assigned;
        }
        Message notice;
        notice.conversationId = m_conversationId;
        notice.direction = MessageDirection::System;
        notice.kind = MessageKind::SystemNotice;
        notice.body = tr("已转接给 %1：%2").arg(agent->displayName, reason.trimmed());
        notice.status = MessageStatus::Delivered;
        notice.sentAtMs = m_ctx.clock.nowMs();
        notice.agentId = m_ctx.agent.id;
        auto stored = m_messages.append(notice);
        if (!stored) {
            return stored.error();
        }
        return m_outbox.enqueueTransfer(m_conversationId, agent->nick, reason.trimmed(), notice.sentAtMs);
    });
    if (status) {
        Q_EMIT m_ctx.events.conversationUpdated(m_conversationId);
        Q_EMIT m_ctx.events.outboxChanged();
    }
    return status;
}

void ConversationPanel::setAway(bool away) {
    Q_EMIT m_ctx.events.agentStatusChangeRequested(away ? AgentStatus::Away : AgentStatus::Online);
}

void ConversationPanel::showHint(const QString& text, bool error) {
    // Runs on every keystroke: re-setting an unchanged style sheet re-polishes the label and re-lays out the docks.
    QuietUpdate::setStyleSheet(*m_ui->hintLabel, error ? u"color: #e5484d;"_s : u"color: #8a8f99;"_s);
    m_ui->hintLabel->setText(text);
}

void ConversationPanel::openFind() {
    if (m_conversationId != 0) {
        m_ui->findBar->open();
    }
}

ConversationPanel::FindOutcome ConversationPanel::searchOnWorker(const QString& path, qint64 conversationId,
                                                                 const QString& query) {
    FindOutcome outcome;
    outcome.conversationId = conversationId;
    const QString connection = u"chat-find-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto db = Database::open(path, connection);
    if (!db) {
        outcome.error = db.error().message;
        return outcome;
    }
    {
        MessageRepository messages(**db);
        auto hits = messages.search(query, 500, conversationId);
        if (!hits) {
            outcome.error = hits.error().message;
        } else {
            for (const Message& m : *hits) {
                outcome.messageIds.append(m.id);
            }
        }
    }
    return outcome;
}

void ConversationPanel::startFind(const QString& query) {
    if (m_conversationId == 0 || m_findWatcher.isRunning()) {
        return;
    }
    m_ui->findBar->setSearching();
    m_findWatcher.setFuture(
        QtConcurrent::run(&ConversationPanel::searchOnWorker, m_ctx.db.path(), m_conversationId, query));
}

void ConversationPanel::onFindFinished() {
    const FindOutcome outcome = m_findWatcher.result();
    if (outcome.conversationId != m_conversationId) {
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_ui->findBar->setError(outcome.error);
        return;
    }
    m_hits = outcome.messageIds;
    m_hitIndex = -1;
    if (m_hits.isEmpty()) {
        m_ui->findBar->setPosition(0, 0);
        return;
    }
    goToHit(0);
}

void ConversationPanel::goToHit(int index) {
    if (m_hits.isEmpty()) {
        return;
    }
    m_hitIndex = (index + static_cast<int>(m_hits.size())) % static_cast<int>(m_hits.size());
    const qint64 id = m_hits.at(m_hitIndex);
    // An older hit may sit in a page not loaded yet: load pages back to it (the search bounded how far).
    while (m_model->rowOf(id) < 0 && m_model->hasOlder()) {
        auto added = m_model->loadOlder();
        if (!added || *added == 0) {
            break;
        }
    }
    m_ui->messageView->scrollToMessageRow(m_model->rowOf(id));
    m_ui->findBar->setPosition(m_hitIndex + 1, static_cast<int>(m_hits.size()));
}

}  // namespace kefu
