#include "gui/knowledge/FaqPanel.h"

#include "gui/knowledge/FaqResultModel.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/KnowledgeRepository.h"
#include "ui_FaqPanel.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kResultLimit = 50;
}

FaqPanel::FaqPanel(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FaqPanel>()), m_model(new FaqResultModel(this)) {
    m_ui->setupUi(this);
    m_ui->faqResults->setModel(m_model);
    m_ui->faqSplitter->setStretchFactor(0, 3);
    m_ui->faqSplitter->setStretchFactor(1, 2);
    m_ui->faqSearch->installEventFilter(this);

    connect(m_ui->faqSearch, &QLineEdit::textChanged, this, &FaqPanel::refresh);
    connect(m_ui->faqSearch, &QLineEdit::returnPressed, this, &FaqPanel::insertCurrentAnswer);
    connect(m_ui->faqCategory, &QComboBox::currentIndexChanged, this, &FaqPanel::refresh);
    connect(m_ui->faqResults, &QListView::activated, this, &FaqPanel::insertCurrentAnswer);
    connect(m_ui->faqResults->selectionModel(), &QItemSelectionModel::currentChanged, this, &FaqPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FaqPanel::showCurrent);
    connect(m_ui->faqInsert, &QPushButton::clicked, this, &FaqPanel::insertCurrentAnswer);
}

FaqPanel::FaqPanel(WorkbenchContext& context, QWidget* parent) : FaqPanel(parent) {
    attach(context);
}

void FaqPanel::attach(WorkbenchContext& context) {
    Q_ASSERT(m_context == nullptr);
    m_context = &context;
    m_repository = std::make_unique<KnowledgeRepository>(context.db);
    loadCategories();
    refresh();
}

FaqPanel::~FaqPanel() = default;

void FaqPanel::focusSearch() {
    m_ui->faqSearch->setFocus(Qt::ShortcutFocusReason);
    m_ui->faqSearch->selectAll();
}

void FaqPanel::loadCategories() {
    if (m_repository == nullptr) {
        return;
    }
    const QSignalBlocker blocker(m_ui->faqCategory);
    m_ui->faqCategory->clear();
    m_ui->faqCategory->addItem(tr("全部分类"), QString());
    const Result<QStringList> categories = m_repository->categories();
    if (!categories) {
        showError(categories.error().message);
        return;
    }
    for (const QString& category : *categories) {
        m_ui->faqCategory->addItem(category, category);
    }
}

void FaqPanel::refresh() {
    if (m_repository == nullptr) {
        return;
    }
    const QString query = m_ui->faqSearch->text().trimmed();
    const QString category = m_ui->faqCategory->currentData().toString();
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
        m_ui->faqResults->setCurrentIndex(m_model->index(0));
    }
    m_ui->faqStatus->setText(articles.isEmpty() && !query.isEmpty() ? tr("没有找到相关问题，换个关键词试试")
                                                                    : tr("共 %1 条").arg(articles.size()));
}

void FaqPanel::showCurrent() {
    const std::optional<KnowledgeArticle> article = m_model->articleAt(m_ui->faqResults->currentIndex().row());
    m_ui->faqInsert->setEnabled(article.has_value());
    if (!article) {
        m_ui->faqAnswer->clear();
        return;
    }
    m_ui->faqAnswer->setHtml(u"<p style='color:#1f2329; font-weight:600'>"_s + article->question.toHtmlEscaped() +
                             u"</p><p>"_s + article->answer.toHtmlEscaped() + u"</p>"_s);
}

void FaqPanel::insertCurrentAnswer() {
    const std::optional<KnowledgeArticle> article = m_model->articleAt(m_ui->faqResults->currentIndex().row());
    if (!article || m_context == nullptr) {
        return;
    }
    Q_EMIT m_context->events.composeInsertRequested(article->answer);
    if (const Status used = m_repository->recordUse(article->id); !used) {
        showError(tr("使用次数未能记录：%1").arg(used.error().message));
    }
}

void FaqPanel::showError(const QString& message) {
    m_ui->faqStatus->setText(u"<span style='color:#d83931'>"_s + message.toHtmlEscaped() + u"</span>"_s);
}

// ↓/↑ in the search field walk the results, so the agent never leaves the keyboard row.
bool FaqPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->faqSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_ui->faqResults->currentIndex().row() + step, m_model->rowCount() - 1);
            m_ui->faqResults->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace kefu
