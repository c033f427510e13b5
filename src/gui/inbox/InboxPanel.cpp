#include "gui/inbox/InboxPanel.h"

#include "core/Clock.h"
#include "gui/inbox/InboxDelegate.h"
#include "gui/inbox/InboxJumpDialog.h"
#include "gui/inbox/InboxModel.h"
#include "gui/inbox/InboxRoles.h"
#include "gui/inbox/InboxRowsModel.h"
#include "gui/inbox/InboxSearch.h"
#include "gui/inbox/NewMessageAlert.h"
#include "gui/widgets/FixedRowListView.h"
#include "gui/widgets/QuietUpdate.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "logging/Log.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"

#include "ui_InboxPanel.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kCountsDelayMs = 250;

constexpr InboxView kViews[] = {InboxView::Waiting, InboxView::Mine, InboxView::All, InboxView::Closed};

std::optional<qint64> agentIdOf(const WorkbenchContext& context) {
    return context.agent.id > 0 ? std::optional<qint64>(context.agent.id) : std::nullopt;
}

}  // namespace

InboxPanel::InboxPanel(WorkbenchContext& context, QWidget* parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::InboxPanel>()),
      m_context(context),
      m_conversations(std::make_unique<ConversationRepository>(context.db)),
      m_model(new InboxModel(*m_conversations, context.clock, agentIdOf(context), this)),
      m_results(new InboxRowsModel(context.clock, this)),
      m_search(new InboxSearch(context.db.path(), this)),
      m_alert(new NewMessageAlert(this)),
      m_startedAtMs(context.clock.nowMs()) {
    m_ui->setupUi(this);
    setObjectName(u"inboxPanel"_s);
    m_ui->errorLabel->setObjectName(u"inboxError"_s);
    m_ui->errorLabel->setStyleSheet(
        u"color: #a8071a; background: #fff1f0; border-bottom: 1px solid #ffccc7; padding: 6px 10px;"_s);
    m_ui->searchStatusLabel->setStyleSheet(u"color: #8f959e; font-size: 12px; padding: 4px 10px;"_s);
    m_ui->emptyLabel->setStyleSheet(u"color: #8f959e; font-size: 13px; background: #ffffff;"_s);
    m_ui->searchBar->setStyleSheet(u"QLabel { color: #646a73; }"_s);
    setUpTabs();
    setUpLists();
    connectEvents();

    m_waitTicker.setInterval(1000);
    connect(&m_waitTicker, &QTimer::timeout, this, &InboxPanel::tickWaitCounters);
    m_waitTicker.start();
    m_countsTimer.setSingleShot(true);
    // A stream of updates recounts a few times a second, not once per event-loop turn (three counts over the views'
    // indexes each time); started only when idle, so a steady stream cannot keep pushing it back.
    m_countsTimer.setInterval(kCountsDelayMs);
    connect(&m_countsTimer, &QTimer::timeout, this, &InboxPanel::refreshCounts);

    refreshCounts();
    updateEmptyState();
}

InboxPanel::~InboxPanel() = default;

void InboxPanel::setUpTabs() {
    QTabBar* tabs = m_ui->viewTabs;
    tabs->setObjectName(u"inboxViewTabs"_s);
    tabs->setExpanding(true);
    tabs->setDrawBase(false);
    tabs->setElideMode(Qt::ElideNone);
    tabs->setUsesScrollButtons(false);
    // Underlined text tabs like Qianniu's: four counts have to fit a 300 px column.
    tabs->setStyleSheet(
        u"QTabBar { background: #ffffff; border-bottom: 1px solid #e4e6eb; }"
        "QTabBar::tab { padding: 7px 2px; margin: 0 4px; border: none; border-bottom: 2px solid transparent;"
        " color: #646a73; font-size: 13px; min-width: 0; }"
        "QTabBar::tab:selected { color: #ff5000; border-bottom: 2px solid #ff5000; font-weight: 600; }"
        "QTabBar::tab:hover:!selected { color: #1f2329; }"_s);
    for (const InboxView view : kViews) {
        const int at = tabs->addTab(viewTitle(view));
        tabs->setTabData(at, static_cast<int>(view));
    }
    tabs->setCurrentIndex(0);
    connect(tabs, &QTabBar::currentChanged, this, [this](int at) {
        if (at >= 0) {
            setView(static_cast<InboxView>(m_ui->viewTabs->tabData(at).toInt()));
        }
    });
}

void InboxPanel::setUpLists() {
    for (FixedRowListView* list : {m_ui->inboxList, m_ui->searchList}) {
        list->setItemDelegate(new InboxDelegate(list));
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setMouseTracking(true);
        list->setUniformRowHeight(InboxDelegate::kRowHeight);
        list->installEventFilter(this);
        connect(list, &FixedRowListView::clicked, this, &InboxPanel::openIndex);
        connect(list, &FixedRowListView::activated, this, &InboxPanel::openIndex);
    }
    m_ui->inboxList->setModel(m_model);
    m_ui->searchList->setModel(m_results);
    m_ui->searchEdit->installEventFilter(this);

    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxPanel::updateEmptyState);
    connect(m_model, &InboxModel::loadFailed, this, &InboxPanel::showError);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &InboxPanel::onSearchTextChanged);
    connect(m_search, &InboxSearch::started, this, [this] {
        m_ui->searchStatusLabel->setText(tr("正在搜索…"));
        m_ui->searchStatusLabel->show();
    });
    connect(m_search, &InboxSearch::finished, this, &InboxPanel::onSearchFinished);
}

void InboxPanel::connectEvents() {
    WorkbenchEvents& events = m_context.events;
    connect(&events, &WorkbenchEvents::conversationUpdated, this, &InboxPanel::onConversationUpdated);
    connect(&events, &WorkbenchEvents::conversationSelected, this, [this](qint64 id) {
        m_openId = id;
        selectOpenRow();
    });
}

InboxView InboxPanel::view() const {
    return m_model->view();
}

QString InboxPanel::viewTitle(InboxView view) const {
    switch (view) {
        case InboxView::Waiting:
            return tr("待回复");
        case InboxView::Mine:
            return tr("我的");
        case InboxView::All:
            return tr("全部");
        case InboxView::Closed:
            return tr("已结束");
    }
    return {};
}

void InboxPanel::setView(InboxView view) {
    if (!m_ui->searchEdit->text().isEmpty()) {
        clearSearch();
    }
    for (int at = 0; at < m_ui->viewTabs->count(); ++at) {
        if (m_ui->viewTabs->tabData(at).toInt() == static_cast<int>(view) && m_ui->viewTabs->currentIndex() != at) {
            const QSignalBlocker blocker(m_ui->viewTabs);
            m_ui->viewTabs->setCurrentIndex(at);
        }
    }
    if (view != m_model->view()) {
        m_model->setView(view);
        selectOpenRow();
    }
    updateEmptyState();
}

void InboxPanel::refreshCounts() {
    for (int at = 0; at < m_ui->viewTabs->count(); ++at) {
        const auto view = static_cast<InboxView>(m_ui->viewTabs->tabData(at).toInt());
        if (view == InboxView::Mine && !agentIdOf(m_context)) {
            continue;
        }
        Result<int> count = m_conversations->countInView(view, agentIdOf(m_context));
        if (!count) {
            log::warn("inbox counts: {} ({})", count.error().message, count.error().detail);
            continue;
        }
        // 已结束 grows without bound and nobody works it down, so it shows no number.
        // Only when it changed: setting a tab's text re-lays the tab bar and the window out, once per message.
        const QString text = view == InboxView::Closed ? viewTitle(view) : tr("%1 %2").arg(viewTitle(view)).arg(*count);
        QuietUpdate::setTabText(*m_ui->viewTabs, at, text);
        if (view == InboxView::Waiting && *count != m_waitingCount) {
            m_waitingCount = *count;
            Q_EMIT waitingCountChanged(m_waitingCount);
        }
    }
}

FixedRowListView* InboxPanel::activeList() const {
    return m_ui->stack->currentWidget() == m_ui->searchList ? m_ui->searchList : m_ui->inboxList;
}

void InboxPanel::selectNext() {
    step(1);
}

void InboxPanel::selectPrevious() {
    step(-1);
}

void InboxPanel::step(int delta) {
    FixedRowListView* list = activeList();
    QAbstractItemModel* model = list->model();
    const QModelIndex current = list->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : model->rowCount() - 1);
    if (row >= model->rowCount() && model->canFetchMore({})) {
        model->fetchMore({});
    }
    if (row < 0 || row >= model->rowCount()) {
        return;  // at either end the selection stays
    }
    const QModelIndex next = model->index(row, 0);
    list->setCurrentIndex(next);
    list->scrollTo(next);
    openIndex(next);
}

void InboxPanel::selectNextWaiting() {
    setView(InboxView::Waiting);
    for (int row = 0; row < qMin(2, m_model->rowCount()); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(ConversationIdRole).toLongLong() != m_openId) {
            m_ui->inboxList->setCurrentIndex(index);
            m_ui->inboxList->scrollTo(index);
            openIndex(index);
            return;
        }
    }
}

void InboxPanel::focusSearch() {
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void InboxPanel::openJumpDialog() {
    auto* dialog = new InboxJumpDialog(*m_conversations, m_context.clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InboxJumpDialog::conversationChosen, this, &InboxPanel::openConversation);
    dialog->open();
}

void InboxPanel::openIndex(const QModelIndex& index) {
    if (index.isValid()) {
        openConversation(index.data(ConversationIdRole).toLongLong());
    }
}

void InboxPanel::openConversation(qint64 id) {
    if (id != m_openId) {
        m_openId = id;
        Q_EMIT m_context.events.conversationSelected(id);
    }
    selectOpenRow();
    Result<std::optional<InboxRow>> row = m_conversations->row(id);
    if (!row) {
        showError(row.error().message);
        return;
    }
    if (row->has_value() && (*row)->conversation.unreadCount > 0) {
        if (Status read = m_conversations->markRead(id); !read) {
            showError(read.error().message);
            return;
        }
        Q_EMIT m_context.events.conversationUpdated(id);
    }
}

void InboxPanel::selectOpenRow() {
    FixedRowListView* list = activeList();
    const int row = list == m_ui->searchList ? m_results->rowOf(m_openId) : m_model->rowOf(m_openId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = list->model()->index(row, 0);
    if (list->currentIndex() != index) {
        list->setCurrentIndex(index);
    }
}

void InboxPanel::onConversationUpdated(qint64 id) {
    Result<std::optional<InboxRow>> fresh = m_conversations->row(id);
    if (!fresh) {
        showError(fresh.error().message);
        return;
    }
    if (fresh->has_value()) {
        alertIfBuyerWrote(**fresh);
        m_results->updateRow(**fresh);
    } else {
        m_seen.remove(id);
        m_results->removeConversation(id);
    }
    m_model->applyRow(id, *fresh);  // the row just read: one query per update, not two
    if (id == m_openId) {
        selectOpenRow();  // a row that left and came back has lost its selection
        // The agent has this conversation on screen: what arrives in it is read. After this notification has reached
        // every panel, so they never see the two updates nested.
        if (fresh->has_value() && (**fresh).conversation.unreadCount > 0 && isVisible()) {
            QTimer::singleShot(0, this, [this, id] {
                if (id == m_openId) {
                    openConversation(id);
                }
            });
        }
    }
    if (!m_countsTimer.isActive()) {
        m_countsTimer.start();
    }
}

void InboxPanel::alertIfBuyerWrote(const InboxRow& fresh) {
    const Conversation& c = fresh.conversation;
    const SeenState now{c.unreadCount, c.lastBuyerMessageAtMs.value_or(0)};
    std::optional<SeenState> before;
    if (auto seen = m_seen.constFind(c.id); seen != m_seen.cend()) {
        before = *seen;
    } else if (const int row = m_model->rowOf(c.id); row >= 0) {
        const Conversation& loaded = m_model->rowAt(row).conversation;
        before = SeenState{loaded.unreadCount, loaded.lastBuyerMessageAtMs.value_or(0)};
    }
    m_seen.insert(c.id, now);
    const bool wrote = before ? (now.unread > before->unread || now.lastBuyerMessageAtMs > before->lastBuyerMessageAtMs)
                              : (now.unread > 0 && now.lastBuyerMessageAtMs >= m_startedAtMs);
    if (wrote) {
        m_alert->raise(fresh.buyerNick, c.lastMessagePreview);
    }
}

void InboxPanel::onSearchTextChanged(const QString& text) {
    m_search->setText(text);
    if (text.trimmed().isEmpty()) {
        m_results->clear();
        m_ui->searchStatusLabel->hide();
        updateEmptyState();
        selectOpenRow();
    }
}

void InboxPanel::onSearchFinished(const InboxSearchResult& result) {
    if (result.error) {
        m_results->clear();
        m_ui->searchStatusLabel->setText(result.error->message);
    } else {
        m_results->setRows(result.rows, result.matches);
        if (result.rows.isEmpty()) {
            m_ui->searchStatusLabel->setText(result.kind == InboxSearchResult::Kind::Tid
                                                 ? tr("没有找到订单 %1 的买家会话").arg(result.text)
                                                 : tr("没有找到与“%1”相关的会话").arg(result.text));
        } else {
            m_ui->searchStatusLabel->setText(tr("找到 %1 个会话").arg(result.rows.size()));
        }
    }
    m_ui->searchStatusLabel->show();
    m_ui->stack->setCurrentWidget(m_ui->searchList);
    selectOpenRow();
}

void InboxPanel::clearSearch() {
    m_ui->searchEdit->clear();  // textChanged leaves search mode
}

void InboxPanel::tickWaitCounters() {
    FixedRowListView* list = m_ui->inboxList;
    if (!list->isVisible() || m_model->rowCount() == 0) {
        if (m_ui->searchList->isVisible()) {
            m_ui->searchList->viewport()->update();
        }
        return;
    }
    // The counters are computed from the clock when a row is painted, so repainting the rows shown is enough.
    list->viewport()->update();
}

void InboxPanel::updateEmptyState() {
    if (!m_ui->searchEdit->text().trimmed().isEmpty() && m_ui->stack->currentWidget() == m_ui->searchList) {
        return;
    }
    if (m_model->rowCount() > 0) {
        m_ui->stack->setCurrentWidget(m_ui->inboxList);
        return;
    }
    switch (m_model->view()) {
        case InboxView::Waiting:
            m_ui->emptyLabel->setText(tr("暂无待回复的会话\n所有买家都已得到回复"));
            break;
        case InboxView::Mine:
            m_ui->emptyLabel->setText(tr("暂无分配给你的会话"));
            break;
        case InboxView::All:
            m_ui->emptyLabel->setText(tr("暂无进行中的会话"));
            break;
        case InboxView::Closed:
            m_ui->emptyLabel->setText(tr("暂无已结束的会话"));
            break;
    }
    m_ui->stack->setCurrentWidget(m_ui->emptyLabel);
}

void InboxPanel::showError(const QString& message) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

bool InboxPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    // Alt+↓ and friends belong to the shell's shortcuts; only plain keys steer from the search box.
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (watched == m_ui->searchEdit && plain) {
        if (key->key() == Qt::Key_Escape && !m_ui->searchEdit->text().isEmpty()) {
            clearSearch();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            FixedRowListView* list = activeList();
            if (!list->currentIndex().isValid() && list->model()->rowCount() > 0) {
                list->setCurrentIndex(list->model()->index(0, 0));
            }
            if (key->key() == Qt::Key_Down) {
                list->setFocus(Qt::TabFocusReason);
            } else {
                openIndex(list->currentIndex());
            }
            return true;
        }
    } else if (watched == m_ui->searchList && key->key() == Qt::Key_Escape) {
        clearSearch();
        m_ui->inboxList->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace kefu
