#include "gui/knowledge/FaqPanel.h"

#include "gui/knowledge/FaqResultModel.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/KnowledgeRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kResultLimit = 50;
}

FaqPanel::FaqPanel(WorkbenchContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_repository(std::make_unique<KnowledgeRepository>(context.db)),
      m_model(new FaqResultModel(this)),
      m_search(new QLineEdit(this)),
      m_category(new QComboBox(this)),
      m_results(new QListView(this)),
      m_answer(new QTextBrowser(this)),
      m_status(new QLabel(this)),
      m_insert(new QPushButton(tr("插入回答(&A)"), this)) {
    setObjectName(u"faqPanel"_s);
    m_search->setObjectName(u"faqSearch"_s);
    m_search->setPlaceholderText(tr("搜索常见问题，如 掉色、发货、尺码"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("输入关键词搜索；↓ 选择问题，回车插入回答"));
    m_category->setObjectName(u"faqCategory"_s);
    m_category->setToolTip(tr("按分类筛选"));
    m_results->setObjectName(u"faqResults"_s);
    m_results->setModel(m_model);
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_answer->setObjectName(u"faqAnswer"_s);
    m_answer->setOpenLinks(false);
    m_answer->setFocusPolicy(Qt::ClickFocus);
    m_status->setObjectName(u"faqStatus"_s);
    m_status->setProperty("role", u"cardCaption"_s);
    m_status->setWordWrap(true);
    m_insert->setObjectName(u"faqInsert"_s);
    m_insert->setToolTip(tr("把回答插入回复框（回车 / Alt+A）"));

    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_category);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_answer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_insert);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    setTabOrder(m_search, m_category);
    setTabOrder(m_category, m_results);
    setTabOrder(m_results, m_insert);
    m_search->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, &FaqPanel::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &FaqPanel::insertCurrentAnswer);
    connect(m_category, &QComboBox::currentIndexChanged, this, &FaqPanel::refresh);
    connect(m_results, &QListView::activated, this, &FaqPanel::insertCurrentAnswer);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, &FaqPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FaqPanel::showCurrent);
    connect(m_insert, &QPushButton::clicked, this, &FaqPanel::insertCurrentAnswer);

    loadCategories();
    refresh();
}

FaqPanel::~FaqPanel() = default;

void FaqPanel::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FaqPanel::loadCategories() {
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("全部分类"), QString());
    const Result<QStringList> categories = m_repository->categories();
    if (!categories) {
        showError(categories.error().message);
        return;
    }
    for (const QString& category : *categories) {
        m_category->addItem(category, category);
    }
}

void FaqPanel::refresh() {
    const QString query = m_search->text().trimmed();
    const QString category = m_category->currentData().toString();
    QList<KnowledgeArticle> articles;
    if (!query.isEmpty()) {
        const Result<QList<KnowledgeArticle>> found = m_repository->search(query, kResultLimit);
        if (!found) {
            showError(found.error().message);
            return;
        }
        for (const KnowledgeArticle& article : *found) {
            if (category.isEmpty() || article.category == category) {
                articles.append(article);
            }
        }
    } else {
        const Result<QStringList> all = category.isEmpty() ? m_repository->categories() : QStringList{category};
        if (!all) {
            showError(all.error().message);
            return;
        }
        for (const QString& c : *all) {
            const Result<QList<KnowledgeArticle>> listed = m_repository->listByCategory(c);
            if (!listed) {
                showError(listed.error().message);
                return;
            }
            articles.append(*listed);
        }
    }
    m_model->setArticles(articles);
    if (!articles.isEmpty()) {
        m_results->setCurrentIndex(m_model->index(0));
    }
    m_status->setText(articles.isEmpty() && !query.isEmpty() ? tr("没有找到相关问题，换个关键词试试")
                                                             : tr("共 %1 条").arg(articles.size()));
}

void FaqPanel::showCurrent() {
    const std::optional<KnowledgeArticle> article = m_model->articleAt(m_results->currentIndex().row());
    m_insert->setEnabled(article.has_value());
    if (!article) {
        m_answer->clear();
        return;
    }
    m_answer->setHtml(u"<p style='color:#1f2329; font-weight:600'>"_s + article->question.toHtmlEscaped() +
                      u"</p><p>"_s + article->answer.toHtmlEscaped() + u"</p>"_s);
}

void FaqPanel::insertCurrentAnswer() {
    const std::optional<KnowledgeArticle> article = m_model->articleAt(m_results->currentIndex().row());
    if (!article) {
        return;
    }
    Q_EMIT m_context.events.composeInsertRequested(article->answer);
    if (const Status used = m_repository->recordUse(article->id); !used) {
        showError(tr("使用次数未能记录：%1").arg(used.error().message));
    }
}

void FaqPanel::showError(const QString& message) {
    m_status->setText(u"<span style='color:#d83931'>"_s + message.toHtmlEscaped() + u"</span>"_s);
}

// ↓/↑ in the search field walk the results, so the agent never leaves the keyboard row.
bool FaqPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_results->currentIndex().row() + step, m_model->rowCount() - 1);
            m_results->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace kefu
