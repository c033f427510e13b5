#include "gui/knowledge/ProductPage.h"

#include "core/Clock.h"
#include "core/Promotion.h"
#include "core/ShopTime.h"
#include "gui/knowledge/SkuGridModel.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/ProductRepository.h"
#include "store/PromotionRepository.h"
#include "ui_ProductPage.h"

#include <QHeaderView>
#include <QListWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kRelatedIdRole = Qt::UserRole + 1;

// Tables on the page show every row: the page scrolls as a whole, a table inside it should not.
void fitHeightToRows(QTableView* view) {
    view->ensurePolished();
    view->resizeRowsToContents();
    const int header = view->horizontalHeader()->isHidden() ? 0 : view->horizontalHeader()->sizeHint().height();
    view->setFixedHeight(header + view->verticalHeader()->length() + 2 * view->frameWidth() + 4);
}

QString rangeCell(const SizeRange& range) {
    if (range.isEmpty()) {
        return u"—"_s;
    }
    if (range.min && range.max) {
        return *range.min == *range.max ? QString::number(*range.min)
                                        : QString::number(*range.min) % u'-' % QString::number(*range.max);
    }
    return range.min ? u"≥"_s % QString::number(*range.min) : u"≤"_s % QString::number(*range.max);
}

}  // namespace

ProductPage::ProductPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProductPage>()), m_skuModel(new SkuGridModel(this)) {
    m_ui->setupUi(this);
    m_ui->productError->hide();
    m_ui->skuGrid->setModel(m_skuModel);
    m_ui->skuGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->sizeChart->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->productAttributes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    connect(m_ui->sendProductCard, &QPushButton::clicked, this, &ProductPage::sendProductCard);
    connect(m_ui->skuGrid, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (const std::optional<Sku> sku = m_skuModel->skuAt(index)) {
            m_ui->priceCalculator->selectSku(sku->id);
        }
    });
    connect(m_ui->relatedProducts, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(kRelatedIdRole).toLongLong(); id != 0) {
            showProduct(id);
        }
    });
}

ProductPage::ProductPage(WorkbenchContext& context, QWidget* parent) : ProductPage(parent) {
    attach(context);
}

ProductPage::~ProductPage() = default;

void ProductPage::attach(WorkbenchContext& context) {
    m_context = &context;
    m_ui->priceCalculator->attach(context.clock, context.events);
    m_ui->sizeAdvisor->attach(context.events);
}

bool ProductPage::showProduct(qint64 productId) {
    Q_ASSERT(m_context != nullptr);
    const Result<Product> product = ProductRepository(m_context->db).find(productId);
    if (!product) {
        showError(tr("无法打开商品：%1").arg(product.error().message));
        return false;
    }
    const Result<QList<Promotion>> promotions =
        PromotionRepository(m_context->db).activeAt(m_context->clock.nowMs(), productId);
    m_ui->productError->setVisible(!promotions);
    if (!promotions) {
        m_ui->productError->setText(tr("读取活动失败：%1").arg(promotions.error().message));
    }
    m_product = *product;
    const QList<Promotion> running = promotions ? *promotions : QList<Promotion>{};
    showHeader(running);
    m_skuModel->setSkus(m_product.skus);
    fitHeightToRows(m_ui->skuGrid);
    m_ui->priceCalculator->setProduct(m_product, running);
    showSizeChart();
    m_ui->sizeAdvisor->setSizeChart(m_product.sizeChart);
    showAttributes();
    showRelated();
    Q_EMIT productShown(productId);
    return true;
}

void ProductPage::showHeader(const QList<Promotion>& promotions) {
    m_ui->productTitle->setText(m_product.title);
    Money low = m_product.price;
    Money high = m_product.price;
    for (int i = 0; i < m_product.skus.size(); ++i) {
        const Money price = m_product.skus.at(i).price;
        low = i == 0 ? price : qMin(low, price);
        high = i == 0 ? price : qMax(high, price);
    }
    const QString price = low == high ? low.display() : tr("%1–%2").arg(low.display(), high.toYuanString());
    m_ui->productMeta->setText(tr("%1　商品ID %2　%3　总库存 %4%5")
                                   .arg(price, m_product.numIid, m_product.category)
                                   .arg(m_product.totalStock())
                                   .arg(m_product.onSale ? QString() : tr("　已下架")));
    QStringList lines;
    for (const Promotion& p : promotions) {
        lines.append(
            tr("<b style='color:#ff5000'>%1</b>　%2　<span style='color:#8f959e'>至 %3</span>")
                .arg(p.summary().toHtmlEscaped(), p.name.toHtmlEscaped(), ShopTime::formatDateTime(p.endsAtMs).mid(5)));
    }
    m_ui->productPromotions->setText(lines.isEmpty() ? tr("当前没有进行中的活动") : lines.join(u"<br>"_s));
    m_ui->productSellingPoints->setText(m_product.sellingPoints.isEmpty() ? tr("暂无卖点介绍")
                                                                          : m_product.sellingPoints);
}

void ProductPage::showSizeChart() {
    const QList<SizeChartRow>& rows = m_product.sizeChart.rows;
    m_ui->sizeChart->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const SizeChartRow& row = rows.at(r);
        const QStringList cells{row.size, rangeCell(row.heightCm), rangeCell(row.weightKg), rangeCell(row.chestCm),
                                rangeCell(row.lengthCm)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(Qt::AlignCenter);
            m_ui->sizeChart->setItem(r, c, item);
        }
    }
    m_ui->sizeChart->setVisible(!rows.isEmpty());
    m_ui->noSizeChart->setVisible(rows.isEmpty());
    fitHeightToRows(m_ui->sizeChart);
}

void ProductPage::showAttributes() {
    m_ui->productAttributes->setRowCount(int(m_product.attributes.size()));
    for (int r = 0; r < m_product.attributes.size(); ++r) {
        const ProductAttribute& attribute = m_product.attributes.at(r);
        auto* name = new QTableWidgetItem(attribute.name);
        name->setForeground(QColor(0x64, 0x6a, 0x73));
        m_ui->productAttributes->setItem(r, 0, name);
        m_ui->productAttributes->setItem(r, 1, new QTableWidgetItem(attribute.value));
    }
    fitHeightToRows(m_ui->productAttributes);
}

void ProductPage::showRelated() {
    m_ui->relatedProducts->clear();
    const Result<QList<ProductHit>> related = ProductRepository(m_context->db).hits(m_product.relatedProductIds);
    if (!related) {
        m_ui->relatedProducts->addItem(tr("读取搭配推荐失败：%1").arg(related.error().message));
        return;
    }
    for (const ProductHit& hit : *related) {
        auto* item = new QListWidgetItem(tr("%1　%2").arg(hit.price.display(), hit.title), m_ui->relatedProducts);
        item->setData(kRelatedIdRole, hit.id);
        item->setToolTip(hit.title);
    }
    if (related->isEmpty()) {
        m_ui->relatedProducts->addItem(tr("暂无搭配推荐"));
    }
    const int rows = qMax(1, m_ui->relatedProducts->count());
    m_ui->relatedProducts->setFixedHeight(rows * m_ui->relatedProducts->sizeHintForRow(0) +
                                          2 * m_ui->relatedProducts->frameWidth() + 2);
}

// Wrapped cells (洗涤方式, "¥79.00 / 库存 12") change height with the width; the tables never scroll on their own.
void ProductPage::fitTables() {
    fitHeightToRows(m_ui->skuGrid);
    fitHeightToRows(m_ui->sizeChart);
    fitHeightToRows(m_ui->productAttributes);
}

// The tables take their new column widths in the layout pass after this event, so measure rows after it.
void ProductPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &ProductPage::fitTables);
}

void ProductPage::showError(const QString& message) {
    m_ui->productError->setText(message);
    m_ui->productError->show();
}

void ProductPage::sendProductCard() {
    if (m_context != nullptr && m_product.id != 0) {
        Q_EMIT m_context->events.sendRequested(MessageKind::ProductCard, m_product.numIid);
    }
}

}  // namespace kefu
