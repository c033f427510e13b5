#include "gui/phrases/QuickPhrasePanel.h"

#include "gui/phrases/PhraseCsvFile.h"
#include "gui/phrases/PhraseImportResultDialog.h"
#include "gui/phrases/QuickPhraseEditDialog.h"
#include "gui/phrases/QuickPhraseTexts.h"
#include "gui/phrases/QuickPhraseTreeModel.h"
#include "gui/widgets/FlowLayout.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/Database.h"

#include "ui_QuickPhrasePanel.h"

#include <QAction>
#include <QAtomicInt>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpacerItem>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QAtomicInt g_importConnections;

// The import worker's own connection: a QSqlDatabase belongs to the thread that opened it.
Result<PhraseImportReport> importOnWorker(const QString& dbPath, const QString& path, PhraseScope scope,
                                          std::optional<qint64> owner) {
    const QString connection = u"phrase-import-%1"_s.arg(g_importConnections.fetchAndAddRelaxed(1));
    Result<std::unique_ptr<Database>> db = Database::open(dbPath, connection);
    if (!db) {
        return db.error();
    }
    return PhraseCsvFile::importFile(**db, path, scope, owner);
}

}  // namespace

QuickPhrasePanel::QuickPhrasePanel(WorkbenchContext& ctx, QWidget* parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_ui(std::make_unique<Ui::QuickPhrasePanel>()),
      m_repository(ctx.db),
      m_model(new QuickPhraseTreeModel(this)) {
    m_ui->setupUi(this);
    setObjectName(u"quickPhrasePanel"_s);
    wrapToolbar();
    setUpView();
    setUpActions();
    connect(&m_ctx.events, &WorkbenchEvents::quickPhraseUsed, this, &QuickPhrasePanel::onPhraseUsed);
    reload();
}

QuickPhrasePanel::~QuickPhrasePanel() = default;

// The toolbar wraps onto a second row in a narrow dock instead of widening the window: English labels are twice as
// wide as Chinese ones, and a 1366-pixel laptop screen must still hold the whole workbench.
void QuickPhrasePanel::wrapToolbar() {
    auto* toolbar = new QWidget(this);
    toolbar->setObjectName(u"phraseToolbar"_s);
    auto* flow = new FlowLayout(toolbar, 2);
    flow->setContentsMargins(0, 0, 0, 0);
    const auto move = [this, flow](QToolButton* button) {
        m_ui->toolbarRow->removeWidget(button);
        flow->addWidget(button);
    };
    move(m_ui->shopScopeButton);
    move(m_ui->personalScopeButton);
    flow->addItem(new QSpacerItem(10, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
    for (QToolButton* action : {m_ui->addPhraseButton, m_ui->editPhraseButton, m_ui->deletePhraseButton,
                                m_ui->movePhraseUpButton, m_ui->movePhraseDownButton, m_ui->moreButton}) {
        move(action);
    }
    const int row = m_ui->panelLayout->indexOf(m_ui->toolbarRow);
    m_ui->panelLayout->removeItem(m_ui->toolbarRow);
    delete m_ui->toolbarRow;  // only the layout: its buttons now live in the flow
    m_ui->toolbarRow = nullptr;
    m_ui->panelLayout->insertWidget(row, toolbar);
}

void QuickPhrasePanel::setUpView() {
    QTreeView* tree = m_ui->phraseTree;
    tree->setModel(m_model);
    tree->setHeaderHidden(false);
    tree->setIndentation(12);
    tree->setAllColumnsShowFocus(true);
    tree->setDragDropMode(QAbstractItemView::InternalMove);
    tree->setDefaultDropAction(Qt::MoveAction);
    tree->setDropIndicatorShown(true);
    QHeaderView* header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QuickPhraseTreeModel::CodeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(QuickPhraseTreeModel::BodyColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QuickPhraseTreeModel::UseCountColumn, QHeaderView::Fixed);
    header->resizeSection(QuickPhraseTreeModel::CodeColumn, 84);
    header->resizeSection(QuickPhraseTreeModel::UseCountColumn, 52);
    m_ui->phraseSearch->installEventFilter(this);
    m_ui->phraseEmpty->setStyleSheet(u"color: #8f959e; padding: 24px;"_s);
    m_ui->phraseMessage->hide();
    setStyleSheet(
        u"QToolButton[scopeSwitch=\"true\"] { padding: 3px 10px; border: 1px solid #d0d3d9; border-radius: 4px; }"
        "QToolButton[scopeSwitch=\"true\"]:checked { color: #ff5000; border-color: #ff5000; background: #fff6f1; }"
        "QTreeView#phraseTree::item { padding: 3px 2px; }"
        "QToolButton#moreButton::menu-indicator { image: none; width: 0; }"_s);
    for (QToolButton* button : {m_ui->shopScopeButton, m_ui->personalScopeButton}) {
        button->setProperty("scopeSwitch", true);
        button->setAutoRaise(false);
    }
    m_ui->shopScopeButton->setToolTip(tr("店铺短语：全店客服共用"));
    m_ui->personalScopeButton->setToolTip(tr("个人短语：只有自己能看到和使用"));

    connect(m_ui->phraseSearch, &QLineEdit::textChanged, this, &QuickPhrasePanel::applyFilter);
    connect(m_ui->phraseSearch, &QLineEdit::returnPressed, this,
            [this] { useIndex(m_ui->phraseTree->currentIndex()); });
    connect(tree, &QTreeView::activated, this, &QuickPhrasePanel::useIndex);
    connect(tree, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        m_collapsedGroups.insert(index.data(QuickPhraseTreeModel::GroupNameRole).toString());
    });
    connect(tree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        m_collapsedGroups.remove(index.data(QuickPhraseTreeModel::GroupNameRole).toString());
    });
    connect(m_ui->shopScopeButton, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            setScope(PhraseScope::Shop);
        }
    });
    connect(m_ui->personalScopeButton, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            setScope(PhraseScope::Personal);
        }
    });
    connect(m_model, &QuickPhraseTreeModel::moveRequested, this, &QuickPhrasePanel::movePhrase, Qt::QueuedConnection);
}

void QuickPhrasePanel::setUpActions() {
    const auto makeAction = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addAction = makeAction(tr("新增"), QKeySequence(Qt::Key_Insert), &QuickPhrasePanel::addPhrase);
    m_editAction = makeAction(tr("编辑"), QKeySequence(Qt::Key_F2), &QuickPhrasePanel::editPhrase);
    m_deleteAction = makeAction(tr("删除"), QKeySequence(Qt::Key_Delete), &QuickPhrasePanel::deletePhrase);
    m_moveUpAction = makeAction(tr("上移"), QKeySequence(Qt::CTRL | Qt::Key_Up), &QuickPhrasePanel::moveUp);
    m_moveDownAction = makeAction(tr("下移"), QKeySequence(Qt::CTRL | Qt::Key_Down), &QuickPhrasePanel::moveDown);
    m_importAction = new QAction(tr("从 CSV 导入…"), this);
    m_exportAction = new QAction(tr("导出为 CSV…"), this);
    connect(m_importAction, &QAction::triggered, this, &QuickPhrasePanel::importCsv);
    connect(m_exportAction, &QAction::triggered, this, &QuickPhrasePanel::exportCsv);
    m_ui->addPhraseButton->setDefaultAction(m_addAction);
    m_ui->editPhraseButton->setDefaultAction(m_editAction);
    m_ui->deletePhraseButton->setDefaultAction(m_deleteAction);
    m_ui->movePhraseUpButton->setDefaultAction(m_moveUpAction);
    m_ui->movePhraseDownButton->setDefaultAction(m_moveDownAction);
    auto* more = new QMenu(this);
    more->addAction(m_importAction);
    more->addAction(m_exportAction);
    m_ui->moreButton->setMenu(more);
    m_ui->moreButton->setPopupMode(QToolButton::InstantPopup);
    m_ui->moreButton->setText(tr("更多 ▾"));
    m_ui->moreButton->setToolTip(tr("导入、导出千牛格式的快捷短语 CSV 文件"));
    m_addAction->setToolTip(tr("新增快捷短语（Insert）"));
    connect(m_ui->phraseTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QuickPhrasePanel::updateActions);
}

bool QuickPhrasePanel::mayWrite(PhraseScope scope) const {
    return roleMayWritePhrases(m_ctx.agent.role, scope);
}

void QuickPhrasePanel::focusSearch() {
    m_ui->phraseSearch->setFocus(Qt::ShortcutFocusReason);
    m_ui->phraseSearch->selectAll();
}

void QuickPhrasePanel::reload() {
    const Result<QList<QuickPhrase>> phrases = m_repository.listVisibleTo(m_ctx.agent.id);
    if (!phrases) {
        showMessage(phrases.error().message, true);
        return;
    }
    m_visible = *phrases;
    // Every write here ends in reload(): the chat's / popup reads the phrases again when next opened.
    Q_EMIT m_ctx.events.quickPhrasesChanged();
    const QuickPhrase* current = currentPhrase();
    const qint64 selected = current != nullptr ? current->id : 0;
    m_inScope = scopePhrases();
    m_matcher = QuickPhraseMatcher(m_inScope);
    m_model->setReorderable(mayWrite(m_scope));
    applyFilter();
    if (selected != 0) {
        restoreTree(selected);
    }
}

QList<QuickPhrase> QuickPhrasePanel::scopePhrases() const {
    QList<QuickPhrase> inScope;
    for (const QuickPhrase& phrase : m_visible) {
        if (phrase.scope == m_scope) {
            inScope.append(phrase);
        }
    }
    return inScope;
}

void QuickPhrasePanel::setScope(PhraseScope scope) {
    if (scope != m_scope) {
        m_scope = scope;
        (scope == PhraseScope::Shop ? m_ui->shopScopeButton : m_ui->personalScopeButton)->setChecked(true);
        m_inScope = scopePhrases();
        m_matcher = QuickPhraseMatcher(m_inScope);
        m_model->setReorderable(mayWrite(m_scope));
        applyFilter();
    }
}

void QuickPhrasePanel::applyFilter() {
    const QString query = m_ui->phraseSearch->text().trimmed();
    if (query.isEmpty()) {
        m_model->setGrouped(m_inScope);
        restoreTree(0);
        m_ui->phraseEmpty->setText(m_scope == PhraseScope::Shop
                                       ? tr("店铺还没有快捷短语。\n按 Insert 新增，或从千牛导出的 CSV 文件导入。")
                                       : tr("还没有个人快捷短语。\n按 Insert 新增，只有你自己能看到。"));
    } else {
        QList<QuickPhrase> found;
        for (const int i : m_matcher.match(query, 0)) {
            found.append(m_inScope.at(i));
        }
        m_model->setFlat(found);
        if (!found.isEmpty()) {
            m_ui->phraseTree->setCurrentIndex(m_model->index(0, 0));
        }
        m_ui->phraseEmpty->setText(tr("没有找到与“%1”匹配的短语").arg(query));
    }
    m_ui->phraseStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_ui->phraseTree)
                                                                : static_cast<QWidget*>(m_ui->phraseEmpty));
    updateActions();
}

void QuickPhrasePanel::restoreTree(qint64 selectId) {
    QTreeView* tree = m_ui->phraseTree;
    for (int row = 0; !m_model->isFlat() && row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        tree->setFirstColumnSpanned(row, {}, true);
        tree->setExpanded(group,
                          !m_collapsedGroups.contains(group.data(QuickPhraseTreeModel::GroupNameRole).toString()));
    }
    const QModelIndex selected = selectId != 0 ? m_model->indexOfPhrase(selectId) : QModelIndex();
    if (selected.isValid()) {
        tree->setExpanded(selected.parent(), true);
        tree->setCurrentIndex(selected);
        tree->scrollTo(selected);
    }
    updateActions();
}

const QuickPhrase* QuickPhrasePanel::currentPhrase() const {
    return m_model->phraseAt(m_ui->phraseTree->currentIndex());
}

void QuickPhrasePanel::useIndex(const QModelIndex& index) {
    const QuickPhrase* phrase = m_model->phraseAt(index);
    if (phrase == nullptr) {
        if (index.isValid()) {
            m_ui->phraseTree->setExpanded(index, !m_ui->phraseTree->isExpanded(index));
        }
        return;
    }
    const QuickPhrase used = *phrase;
    if (const Status recorded = m_repository.recordUse(used.id); !recorded) {
        showMessage(recorded.error().message, true);  // the phrase is still inserted: counting is secondary
    }
    Q_EMIT m_ctx.events.composeInsertRequested(used.body);
    Q_EMIT m_ctx.events.quickPhraseUsed(used.id);
}

void QuickPhrasePanel::onPhraseUsed(qint64 id) {
    const Result<QuickPhrase> phrase = m_repository.get(id);
    if (!phrase) {
        return;  // deleted meanwhile, or not ours to show
    }
    for (QList<QuickPhrase>* list : {&m_visible, &m_inScope}) {
        for (QuickPhrase& p : *list) {
            if (p.id == id) {
                p.useCount = phrase->useCount;
            }
        }
    }
    m_matcher = QuickPhraseMatcher(m_inScope);  // most used first on the next search
    m_model->setUseCount(id, phrase->useCount);
}

void QuickPhrasePanel::updateActions() {
    const QuickPhrase* phrase = currentPhrase();
    const bool writable = mayWrite(m_scope);
    const QString why = writable ? QString() : QuickPhraseTexts::readOnlyReason();
    const QModelIndex current = m_ui->phraseTree->currentIndex();
    const int position = m_model->positionInGroup(current);
    const bool ordered = phrase != nullptr && !m_model->isFlat();
    m_editAction->setEnabled(phrase != nullptr && writable);
    m_deleteAction->setEnabled(phrase != nullptr && writable);
    m_moveUpAction->setEnabled(ordered && writable && position > 0);
    m_moveDownAction->setEnabled(ordered && writable && position + 1 < m_model->groupSize(current));
    m_exportAction->setEnabled(!m_inScope.isEmpty());
    m_importAction->setEnabled(!m_importing);
    m_editAction->setToolTip(writable ? tr("编辑选中的短语（F2）") : why);
    m_deleteAction->setToolTip(writable ? tr("删除选中的短语（Delete）") : why);
    m_moveUpAction->setToolTip(writable ? tr("在分组内上移（Ctrl+↑），也可以拖动排序") : why);
    m_moveDownAction->setToolTip(writable ? tr("在分组内下移（Ctrl+↓），也可以拖动排序") : why);
}

void QuickPhrasePanel::showMessage(const QString& text, bool error) {
    m_ui->phraseMessage->setText(text);
    m_ui->phraseMessage->setStyleSheet(error ? u"color: #cf1322;"_s : u"color: #646a73;"_s);
    m_ui->phraseMessage->setVisible(!text.isEmpty());
}

void QuickPhrasePanel::addPhrase() {
    openEditor(nullptr);
}

void QuickPhrasePanel::editPhrase() {
    const QuickPhrase* phrase = currentPhrase();
    if (phrase != nullptr && mayWrite(phrase->scope)) {
        openEditor(phrase);
    }
}

void QuickPhrasePanel::openEditor(const QuickPhrase* existing) {
    const Result<QStringList> groups = m_repository.groups();
    const bool editing = existing != nullptr;
    auto save = [this, editing](const QuickPhrase& edited) -> Status {
        QuickPhrase phrase = edited;
        phrase.ownerAgentId = phrase.scope == PhraseScope::Personal ? std::optional(m_ctx.agent.id) : std::nullopt;
        if (!mayWrite(phrase.scope)) {
            return Error{ErrorCode::InvalidInput, QuickPhraseTexts::readOnlyReason(), {}};
        }
        if (editing) {
            if (Status updated = m_repository.update(phrase); !updated) {
                return updated;
            }
        } else {
            Result<qint64> added = m_repository.add(phrase);
            if (!added) {
                return added.error();
            }
            phrase.id = *added;
        }
        m_ui->phraseSearch->clear();
        setScope(phrase.scope);
        reload();
        restoreTree(phrase.id);
        showMessage(editing ? tr("已保存快捷短语") : tr("已新增快捷短语"), false);
        return {};
    };
    auto* dialog = new QuickPhraseEditDialog(groups ? *groups : QStringList(), mayWrite(PhraseScope::Shop), save, this);
    dialog->setObjectName(u"quickPhraseEditDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (editing) {
        dialog->setPhrase(*existing);
    } else {
        QuickPhrase blank;
        const QuickPhrase* current = currentPhrase();
        blank.groupName = current != nullptr ? current->groupName : QString();
        blank.scope = mayWrite(m_scope) ? m_scope : PhraseScope::Personal;
        dialog->setPhrase(blank);
        dialog->setWindowTitle(tr("新增快捷短语"));
    }
    dialog->open();
}

void QuickPhrasePanel::deletePhrase() {
    const QuickPhrase* phrase = currentPhrase();
    if (phrase == nullptr || !mayWrite(phrase->scope)) {
        return;
    }
    const qint64 id = phrase->id;
    QString preview = phrase->body.left(40);
    if (phrase->body.size() > 40) {
        preview += u'…';
    }
    auto* confirm =
        new QMessageBox(QMessageBox::Question, tr("删除快捷短语"),
                        tr("确定删除这条快捷短语吗？删除后不能恢复。\n\n%1").arg(preview), QMessageBox::NoButton, this);
    confirm->setObjectName(u"phraseDeleteConfirm"_s);
    QPushButton* remove = confirm->addButton(tr("删除"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"phraseDeleteButton"_s);
    confirm->setDefaultButton(confirm->addButton(tr("取消"), QMessageBox::RejectRole));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, id, remove](QAbstractButton* clicked) {
        if (clicked != remove) {
            return;
        }
        if (const Status removed = m_repository.remove(id); !removed) {
            showMessage(removed.error().message, true);
            return;
        }
        reload();
        showMessage(tr("已删除快捷短语"), false);
    });
    confirm->open();
}

void QuickPhrasePanel::moveUp() {
    const QuickPhrase* phrase = currentPhrase();
    const int position = m_model->positionInGroup(m_ui->phraseTree->currentIndex());
    if (phrase != nullptr && position > 0 && m_moveUpAction->isEnabled()) {
        movePhrase(phrase->id, position - 1);
    }
}

void QuickPhrasePanel::moveDown() {
    const QuickPhrase* phrase = currentPhrase();
    const int position = m_model->positionInGroup(m_ui->phraseTree->currentIndex());
    if (phrase != nullptr && position >= 0 && m_moveDownAction->isEnabled()) {
        movePhrase(phrase->id, position + 1);
    }
}

void QuickPhrasePanel::movePhrase(qint64 id, int newIndex) {
    if (!mayWrite(m_scope)) {
        return;
    }
    if (const Status moved = m_repository.move(id, newIndex); !moved) {
        showMessage(moved.error().message, true);
        return;
    }
    reload();
    restoreTree(id);
}

void QuickPhrasePanel::importCsv() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("导入快捷短语"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV 文件 (*.csv);;所有文件 (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

void QuickPhrasePanel::importFile(const QString& path) {
    if (m_importing) {
        return;
    }
    m_importing = true;
    updateActions();
    const PhraseScope target = mayWrite(PhraseScope::Shop) ? PhraseScope::Shop : PhraseScope::Personal;
    showMessage(tr("正在导入 %1 …").arg(QFileInfo(path).fileName()), false);
    auto* watcher = new QFutureWatcher<Result<PhraseImportReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_importing = false;
        showImportReport(watcher->result(), path);
    });
    watcher->setFuture(QtConcurrent::run(importOnWorker, m_ctx.db.path(), path, target, m_ctx.agent.id));
}

void QuickPhrasePanel::showImportReport(const Result<PhraseImportReport>& result, const QString& path) {
    const QString fileName = QFileInfo(path).fileName();
    if (!result) {
        showMessage({}, false);
        updateActions();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("无法导入快捷短语"), result.error().message,
                                    QMessageBox::Ok, this);
        box->setObjectName(u"phraseImportError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT importFinished(false);
        return;
    }
    setScope(result->scope);
    reload();
    showMessage(tr("已从 %1 导入 %2 条快捷短语").arg(fileName).arg(result->imported), false);
    auto* dialog = new PhraseImportResultDialog(*result, fileName, this);
    dialog->setObjectName(u"phraseImportResult"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT importFinished(true);
}

void QuickPhrasePanel::exportCsv() {
    const QString utf8Filter = tr("CSV 文件，UTF-8 编码（推荐，Excel 可直接打开）(*.csv)");
    const QString gbkFilter = tr("CSV 文件，GBK 编码（旧版软件）(*.csv)");
    QString selected = utf8Filter;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                              tr("快捷短语-%1.csv").arg(phraseScopeLabel(m_scope));
    QString path =
        QFileDialog::getSaveFileName(this, tr("导出快捷短语"), suggested, utf8Filter + u";;"_s + gbkFilter, &selected);
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
        path += u".csv"_s;
    }
    const Status exported = exportFile(path, selected == gbkFilter ? TextEncoding::Gb18030 : TextEncoding::Utf8);
    if (!exported) {
        QMessageBox::warning(this, tr("导出失败"), exported.error().message);
    }
}

Status QuickPhrasePanel::exportFile(const QString& path, TextEncoding encoding) {
    const Status exported = PhraseCsvFile::exportFile(path, m_inScope, encoding);
    if (exported) {
        showMessage(tr("已导出 %1 条%2短语到 %3")
                        .arg(m_inScope.size())
                        .arg(phraseScopeLabel(m_scope), QFileInfo(path).fileName()),
                    false);
    }
    return exported;
}

}  // namespace kefu
