#include "gui/knowledge/ProductPage.h"

#include "core/Clock.h"
#include "core/Promotion.h"
#include "core/ShopTime.h"
#include "gui/knowledge/PriceCalculatorWidget.h"
#include "gui/knowledge/SizeAdvisorWidget.h"
#include "gui/knowledge/SkuGridModel.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/ProductRepository.h"
#include "store/PromotionRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kRelatedIdRole = Qt::UserRole + 1;

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setProperty("role", u"sectionTitle"_s);
    return label;
}

QLabel* caption(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setProperty("role", u"cardCaption"_s);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Tables on the page show every row: the page scrolls as a whole, a table inside it should not.
void fitHeightToRows(QTableView* view) {
    view->ensurePolished();
    view->resizeRowsToContents();
    const int header = view->horizontalHeader()->isHidden() ? 0 : view->horizontalHeader()->sizeHint().height();
    view->setFixedHeight(header + view->verticalHeader()->length() + 2 * view->frameWidth() + 4);
}

void makeCompact(QTableView* view) {
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view->setWordWrap(true);
    view->verticalHeader()->setDefaultSectionSize(24);
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

ProductPage::ProductPage(WorkbenchContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_error(new QLabel(this)),
      m_title(new QLabel(this)),
      m_meta(caption(this)),
      m_promotions(new QLabel(this)),
      m_sellingPoints(caption(this)),
      m_send(new QPushButton(tr("发送商品卡片(&S)"), this)),
      m_skuModel(new SkuGridModel(this)),
      m_skuGrid(new QTableView(this)),
      m_calculator(new PriceCalculatorWidget(context.clock, context.events, this)),
      m_sizeChart(new QTableWidget(this)),
      m_noSizeChart(caption(this)),
      m_advisor(new SizeAdvisorWidget(context.events, this)),
      m_attributes(new QTableWidget(this)),
      m_related(new QListWidget(this)) {
    setObjectName(u"productPage"_s);
    m_error->setObjectName(u"productError"_s);
    m_error->setStyleSheet(u"color: #d83931;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_title->setObjectName(u"productTitle"_s);
    m_title->setProperty("role", u"panelTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setObjectName(u"productMeta"_s);
    m_promotions->setObjectName(u"productPromotions"_s);
    m_promotions->setWordWrap(true);
    m_promotions->setTextFormat(Qt::RichText);
    m_sellingPoints->setObjectName(u"productSellingPoints"_s);
    m_send->setObjectName(u"sendProductCard"_s);
    m_send->setToolTip(tr("把这款商品的卡片发给当前会话的买家（Alt+S）"));

    m_skuGrid->setObjectName(u"skuGrid"_s);
    m_skuGrid->setModel(m_skuModel);
    makeCompact(m_skuGrid);
    m_skuGrid->verticalHeader()->setDefaultSectionSize(38);
    m_skuGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_skuGrid->horizontalHeader()->setMinimumSectionSize(64);
    m_skuGrid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_skuGrid->setToolTip(tr("选中一个规格，到手价按它计算"));

    m_sizeChart->setObjectName(u"sizeChart"_s);
    makeCompact(m_sizeChart);
    m_sizeChart->verticalHeader()->hide();
    m_sizeChart->setColumnCount(5);
    m_sizeChart->setHorizontalHeaderLabels({tr("尺码"), tr("身高 cm"), tr("体重 kg"), tr("胸围 cm"), tr("衣长 cm")});
    m_sizeChart->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_attributes->setObjectName(u"productAttributes"_s);
    makeCompact(m_attributes);
    m_attributes->setColumnCount(2);
    m_attributes->horizontalHeader()->hide();
    m_attributes->verticalHeader()->hide();
    m_attributes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_attributes->horizontalHeader()->setStretchLastSection(true);

    m_related->setObjectName(u"relatedProducts"_s);
    m_related->setToolTip(tr("搭配推荐：双击或回车打开"));
    m_related->setUniformItemSizes(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(6);
    layout->addWidget(m_error);
    layout->addWidget(buildHeader());
    layout->addWidget(sectionTitle(tr("进行中的活动"), this));
    layout->addWidget(m_promotions);
    layout->addWidget(sectionTitle(tr("规格与库存"), this));
    layout->addWidget(m_skuGrid);
    layout->addWidget(sectionTitle(tr("到手价计算"), this));
    layout->addWidget(m_calculator);
    layout->addWidget(sectionTitle(tr("尺码表"), this));
    layout->addWidget(m_sizeChart);
    layout->addWidget(m_noSizeChart);
    layout->addWidget(sectionTitle(tr("尺码助手"), this));
    layout->addWidget(m_advisor);
    layout->addWidget(sectionTitle(tr("商品属性"), this));
    layout->addWidget(m_attributes);
    layout->addWidget(sectionTitle(tr("卖点"), this));
    layout->addWidget(m_sellingPoints);
    layout->addWidget(sectionTitle(tr("搭配推荐"), this));
    layout->addWidget(m_related);
    layout->addStretch(1);

    connect(m_send, &QPushButton::clicked, this, &ProductPage::sendProductCard);
    connect(m_skuGrid, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (const std::optional<Sku> sku = m_skuModel->skuAt(index)) {
            m_calculator->selectSku(sku->id);
        }
    });
    connect(m_related, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(kRelatedIdRole).toLongLong(); id != 0) {
            showProduct(id);
        }
    });
}

QWidget* ProductPage::buildHeader() {
    auto* header = new QWidget(this);
    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_meta, 1);
    actions->addWidget(m_send, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addLayout(actions);
    return header;
}

bool ProductPage::showProduct(qint64 productId) {
    const Result<Product> product = ProductRepository(m_context.db).find(productId);
    if (!product) {
        showError(tr("无法打开商品：%1").arg(product.error().message));
        return false;
    }
    const Result<QList<Promotion>> promotions =
        PromotionRepository(m_context.db).activeAt(m_context.clock.nowMs(), productId);
    m_error->setVisible(!promotions);
    if (!promotions) {
        m_error->setText(tr("读取活动失败：%1").arg(promotions.error().message));
    }
    m_product = *product;
    const QList<Promotion> running = promotions ? *promotions : QList<Promotion>{};
    showHeader(running);
    m_skuModel->setSkus(m_product.skus);
    fitHeightToRows(m_skuGrid);
    m_calculator->setProduct(m_product, running);
    showSizeChart();
    m_advisor->setSizeChart(m_product.sizeChart);
    showAttributes();
    showRelated();
    Q_EMIT productShown(productId);
    return true;
}

void ProductPage::showHeader(const QList<Promotion>& promotions) {
    m_title->setText(m_product.title);
    Money low = m_product.price;
    Money high = m_product.price;
    for (int i = 0; i < m_product.skus.size(); ++i) {
        const Money price = m_product.skus.at(i).price;
        low = i == 0 ? price : qMin(low, price);
        high = i == 0 ? price : qMax(high, price);
    }
    const QString price = low == high ? low.display() : tr("%1–%2").arg(low.display(), high.toYuanString());
    m_meta->setText(tr("%1　商品ID %2　%3　总库存 %4%5")
                        .arg(price, m_product.numIid, m_product.category)
                        .arg(m_product.totalStock())
                        .arg(m_product.onSale ? QString() : tr("　已下架")));
    QStringList lines;
    for (const Promotion& p : promotions) {
        lines.append(
            tr("<b style='color:#ff5000'>%1</b>　%2　<span style='color:#8f959e'>至 %3</span>")
                .arg(p.summary().toHtmlEscaped(), p.name.toHtmlEscaped(), ShopTime::formatDateTime(p.endsAtMs).mid(5)));
    }
    m_promotions->setText(lines.isEmpty() ? tr("当前没有进行中的活动") : lines.join(u"<br>"_s));
    m_sellingPoints->setText(m_product.sellingPoints.isEmpty() ? tr("暂无卖点介绍") : m_product.sellingPoints);
}

void ProductPage::showSizeChart() {
    const QList<SizeChartRow>& rows = m_product.sizeChart.rows;
    m_sizeChart->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const SizeChartRow& row = rows.at(r);
        const QStringList cells{row.size, rangeCell(row.heightCm), rangeCell(row.weightKg), rangeCell(row.chestCm),
                                rangeCell(row.lengthCm)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(Qt::AlignCenter);
            m_sizeChart->setItem(r, c, item);
        }
    }
    m_sizeChart->setVisible(!rows.isEmpty());
    m_noSizeChart->setVisible(rows.isEmpty());
    m_noSizeChart->setText(tr("这款商品没有尺码表（均码或非服装类）。"));
    fitHeightToRows(m_sizeChart);
}

void ProductPage::showAttributes() {
    m_attributes->setRowCount(int(m_product.attributes.size()));
    for (int r = 0; r < m_product.attributes.size(); ++r) {
        const ProductAttribute& attribute = m_product.attributes.at(r);
        auto* name = new QTableWidgetItem(attribute.name);
        name->setForeground(QColor(0x64, 0x6a, 0x73));
        m_attributes->setItem(r, 0, name);
        m_attributes->setItem(r, 1, new QTableWidgetItem(attribute.value));
    }
    fitHeightToRows(m_attributes);
}

void ProductPage::showRelated() {
    m_related->clear();
    const Result<QList<ProductHit>> related = ProductRepository(m_context.db).hits(m_product.relatedProductIds);
    if (!related) {
        m_related->addItem(tr("读取搭配推荐失败：%1").arg(related.error().message));
        return;
    }
    for (const ProductHit& hit : *related) {
        auto* item = new QListWidgetItem(tr("%1　%2").arg(hit.price.display(), hit.title), m_related);
        item->setData(kRelatedIdRole, hit.id);
        item->setToolTip(hit.title);
    }
    if (related->isEmpty()) {
        m_related->addItem(tr("暂无搭配推荐"));
    }
    const int rows = qMax(1, m_related->count());
    m_related->setFixedHeight(rows * m_related->sizeHintForRow(0) + 2 * m_related->frameWidth() + 2);
}

// Wrapped cells (洗涤方式, "¥79.00 / 库存 12") change height with the width; the tables never scroll on their own.
void ProductPage::fitTables() {
    fitHeightToRows(m_skuGrid);
    fitHeightToRows(m_sizeChart);
    fitHeightToRows(m_attributes);
}

// The tables take their new column widths in the layout pass after this event, so measure rows after it.
void ProductPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &ProductPage::fitTables);
}

void ProductPage::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void ProductPage::sendProductCard() {
    if (m_product.id != 0) {
        Q_EMIT m_context.events.sendRequested(MessageKind::ProductCard, m_product.numIid);
    }
}

}  // namespace kefu
