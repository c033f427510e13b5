#include "gui/knowledge/ProductBrowser.h"

#include "gui/knowledge/ProductPage.h"
#include "gui/knowledge/ProductResultDelegate.h"
#include "gui/knowledge/ProductResultModel.h"
#include "gui/knowledge/ProductSearch.h"
#include "gui/workbench/WorkbenchContext.h"
#include "store/Database.h"
#include "ui_ProductBrowser.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kResultLimit = 50;
}

ProductBrowser::ProductBrowser(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProductBrowser>()), m_model(new ProductResultModel(this)) {
    m_ui->setupUi(this);
    m_ui->productResults->setModel(m_model);
    m_ui->productResults->setItemDelegate(new ProductResultDelegate(m_ui->productResults));
    QHeaderView* header = m_ui->productResults->header();
    header->setSectionResizeMode(ProductResultModel::TitleColumn, QHeaderView::Stretch);
    // Widths from the font, once: ResizeToContents measured every row on every keystroke's reset, which was most
    // of a search's cost in the panel. The agent can still drag them.
    const QFontMetrics metrics = m_ui->productResults->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    header->setSectionResizeMode(ProductResultModel::PriceColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ProductResultModel::StockColumn, QHeaderView::Interactive);
    header->resizeSection(ProductResultModel::PriceColumn, metrics.horizontalAdvance(u"¥9999.00–9999.00"_s) + padding);
    header->resizeSection(
        ProductResultModel::StockColumn,
        std::max(metrics.horizontalAdvance(u"99999"_s), metrics.horizontalAdvance(tr("库存"))) + padding);
    // Results and the open product share the height 2:3, so about ten results stay in view beside the page.
    m_ui->productSplitter->setStretchFactor(0, 2);
    m_ui->productSplitter->setStretchFactor(1, 3);
    m_ui->productPage->hide();
    showPageScrollBars(false);
    // Opaque: a repaint of the panel (every keystroke's results) then stops here instead of also repainting the
    // dock, tab widget and window beneath it.
    setAutoFillBackground(true);

    // The caption sits in a bar without a layout, sized here: a label's new text ("找到 12 件商品") asks its parent
    // to re-lay out, which in a layout meant the whole panel, product page included, on every keystroke.
    m_ui->productSearchStatusBar->installEventFilter(this);
    m_ui->productSearchStatus->installEventFilter(this);
    fitStatusBar();

    m_ui->productSearch->installEventFilter(this);
    connect(m_ui->productSearch, &QLineEdit::textChanged, this, &ProductBrowser::runSearch);
    connect(m_ui->productSearch, &QLineEdit::returnPressed, this, &ProductBrowser::openCurrent);
    connect(m_ui->productResults, &QTreeView::activated, this, &ProductBrowser::openCurrent);
    connect(m_ui->productResults, &QTreeView::clicked, this, &ProductBrowser::openCurrent);
    connect(&m_indexWatcher, &QFutureWatcher<std::shared_ptr<const TitleInitialsIndex>>::finished, this,
            &ProductBrowser::indexBuilt);
}

ProductBrowser::ProductBrowser(WorkbenchContext& context, QWidget* parent) : ProductBrowser(parent) {
    attach(context);
}

void ProductBrowser::attach(WorkbenchContext& context) {
    Q_ASSERT(m_search == nullptr);
    m_search = std::make_unique<ProductSearch>(context.db);
    m_ui->productPage->attach(context);
    const QString path = context.db.path();
    m_indexWatcher.setFuture(QtConcurrent::run([path] { return ProductSearch::buildIndex(path); }));
    runSearch();
}

ProductBrowser::~ProductBrowser() {
    m_indexWatcher.waitForFinished();
}

bool ProductBrowser::initialsReady() const {
    return m_search != nullptr && m_search->hasInitialsIndex();
}

ProductPage* ProductBrowser::page() const {
    return m_ui->productPage;
}

void ProductBrowser::focusSearch() {
    m_ui->productSearch->setFocus(Qt::ShortcutFocusReason);
    m_ui->productSearch->selectAll();
}

void ProductBrowser::showProduct(qint64 productId) {
    m_ui->productPage->showProduct(productId);  // an error is shown in place on the page
    m_ui->productPage->show();
    showPageScrollBars(true);
    m_ui->productPageScroll->verticalScrollBar()->setValue(0);
}

void ProductBrowser::indexBuilt() {
    m_search->setInitialsIndex(m_indexWatcher.result());
    if (!m_search->hasInitialsIndex()) {
        m_ui->productSearchStatus->setText(tr("拼音首字母搜索暂不可用（读取商品标题失败）"));
        return;
    }
    if (!m_ui->productSearch->text().trimmed().isEmpty()) {
        runSearch();  // a query typed while the index was building may now find more
    }
    Q_EMIT initialsIndexReady();
}

void ProductBrowser::runSearch() {
    if (m_search == nullptr) {
        return;
    }
    const Result<QList<ProductHit>> hits = m_search->find(m_ui->productSearch->text(), kResultLimit);
    if (!hits) {
        m_ui->productSearchStatus->setText(tr("搜索失败：%1").arg(hits.error().message));
        return;
    }
    QList<qint64> ids;
    for (const ProductHit& hit : *hits) {
        ids.append(hit.id);
    }
    const Result<QHash<qint64, PriceRange>> prices = m_search->products().priceRanges(ids);
    m_model->setResults(*hits, prices ? *prices : QHash<qint64, PriceRange>{});
    if (!hits->isEmpty()) {
        m_ui->productResults->setCurrentIndex(m_model->index(0, 0));
    }
    const bool searching = !m_ui->productSearch->text().trimmed().isEmpty();
    const QString status = !searching        ? tr("全部商品（按上架顺序）")
                           : hits->isEmpty() ? tr("没有找到商品，试试别的关键词或拼音首字母")
                                             : tr("找到 %1 件商品").arg(hits->size());
    m_ui->productSearchStatus->setText(status);
}

void ProductBrowser::openCurrent() {
    const qint64 id = m_model->productIdAt(m_ui->productResults->currentIndex().row());
    if (id != 0) {
        showProduct(id);
    }
}

// The hidden page still reports its size to the scroll area, which would draw scroll bars around nothing.
void ProductBrowser::showPageScrollBars(bool shown) {
    const Qt::ScrollBarPolicy policy = shown ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff;
    m_ui->productPageScroll->setHorizontalScrollBarPolicy(policy);
    m_ui->productPageScroll->setVerticalScrollBarPolicy(policy);
}

void ProductBrowser::fitStatusBar() {
    QLabel* caption = m_ui->productSearchStatus;
    caption->ensurePolished();
    const int height = std::max(caption->sizeHint().height(), caption->fontMetrics().height());
    m_ui->productSearchStatusBar->setFixedHeight(height);
    caption->setGeometry(m_ui->productSearchStatusBar->rect());
}

// ↓/↑ in the search field move through the results without leaving it; Enter opens the highlighted product.
bool ProductBrowser::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->productSearchStatusBar && event->type() == QEvent::Resize) {
        m_ui->productSearchStatus->setGeometry(m_ui->productSearchStatusBar->rect());
    }
    if (watched == m_ui->productSearchStatus &&
        (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)) {
        fitStatusBar();
    }
    if (watched == m_ui->productSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_ui->productResults->currentIndex().row() + step, m_model->rowCount() - 1);
            m_ui->productResults->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace kefu
