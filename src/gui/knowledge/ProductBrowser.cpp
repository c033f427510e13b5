#include "gui/knowledge/ProductBrowser.h"

#include "gui/knowledge/ProductPage.h"
#include "gui/knowledge/ProductResultModel.h"
#include "gui/knowledge/ProductSearch.h"
#include "gui/workbench/WorkbenchContext.h"
#include "store/Database.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kResultLimit = 50;
}

ProductBrowser::ProductBrowser(WorkbenchContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_search(std::make_unique<ProductSearch>(context.db)),
      m_model(new ProductResultModel(this)),
      m_query(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_results(new QTreeView(this)),
      m_scroll(new QScrollArea(this)),
      m_page(new ProductPage(context, this)) {
    setObjectName(u"productBrowser"_s);
    m_query->setObjectName(u"productSearch"_s);
    m_query->setPlaceholderText(tr("搜索商品：标题、属性（面料 纯棉）或拼音首字母（cmdx）"));
    m_query->setClearButtonEnabled(true);
    m_query->setToolTip(tr("↓ 选择商品，回车打开"));
    m_status->setObjectName(u"productSearchStatus"_s);
    m_status->setProperty("role", u"cardCaption"_s);

    m_results->setObjectName(u"productResults"_s);
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_results->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProductResultModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProductResultModel::PriceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProductResultModel::StockColumn, QHeaderView::ResizeToContents);

    m_scroll->setObjectName(u"productPageScroll"_s);
    m_scroll->setWidget(m_page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_page->hide();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(4);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &ProductBrowser::runSearch);
    connect(m_query, &QLineEdit::returnPressed, this, &ProductBrowser::openCurrent);
    connect(m_results, &QTreeView::activated, this, &ProductBrowser::openCurrent);
    connect(m_results, &QTreeView::clicked, this, &ProductBrowser::openCurrent);
    connect(&m_indexWatcher, &QFutureWatcher<std::shared_ptr<const TitleInitialsIndex>>::finished, this,
            &ProductBrowser::indexBuilt);

    const QString path = context.db.path();
    m_indexWatcher.setFuture(QtConcurrent::run([path] { return ProductSearch::buildIndex(path); }));
    runSearch();
}

ProductBrowser::~ProductBrowser() {
    m_indexWatcher.waitForFinished();
}

bool ProductBrowser::initialsReady() const {
    return m_search->hasInitialsIndex();
}

void ProductBrowser::focusSearch() {
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void ProductBrowser::showProduct(qint64 productId) {
    m_page->showProduct(productId);  // an error is shown in place on the page
    m_page->show();
    m_scroll->verticalScrollBar()->setValue(0);
}

void ProductBrowser::indexBuilt() {
    m_search->setInitialsIndex(m_indexWatcher.result());
    if (!m_search->hasInitialsIndex()) {
        m_status->setText(tr("拼音首字母搜索暂不可用（读取商品标题失败）"));
        return;
    }
    if (!m_query->text().trimmed().isEmpty()) {
        runSearch();  // a query typed while the index was building may now find more
    }
    Q_EMIT initialsIndexReady();
}

void ProductBrowser::runSearch() {
    const Result<QList<ProductHit>> hits = m_search->find(m_query->text(), kResultLimit);
    if (!hits) {
        m_status->setText(tr("搜索失败：%1").arg(hits.error().message));
        return;
    }
    QList<qint64> ids;
    for (const ProductHit& hit : *hits) {
        ids.append(hit.id);
    }
    const Result<QHash<qint64, PriceRange>> prices = m_search->products().priceRanges(ids);
    m_model->setResults(*hits, prices ? *prices : QHash<qint64, PriceRange>{});
    if (!hits->isEmpty()) {
        m_results->setCurrentIndex(m_model->index(0, 0));
    }
    const bool searching = !m_query->text().trimmed().isEmpty();
    m_status->setText(!searching        ? tr("全部商品（按上架顺序）")
                      : hits->isEmpty() ? tr("没有找到商品，试试别的关键词或拼音首字母")
                                        : tr("找到 %1 件商品").arg(hits->size()));
}

void ProductBrowser::openCurrent() {
    const qint64 id = m_model->productIdAt(m_results->currentIndex().row());
    if (id != 0) {
        showProduct(id);
    }
}

// ↓/↑ in the search field move through the results without leaving it; Enter opens the highlighted product.
bool ProductBrowser::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_results->currentIndex().row() + step, m_model->rowCount() - 1);
            m_results->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace kefu
