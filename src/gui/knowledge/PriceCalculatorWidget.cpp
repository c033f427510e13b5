#include "gui/knowledge/PriceCalculatorWidget.h"

#include "core/Clock.h"
#include "gui/workbench/WorkbenchEvents.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kMaxQuantity = 999;
}

PriceCalculatorWidget::PriceCalculatorWidget(const Clock& clock, WorkbenchEvents& events, QWidget* parent)
    : QWidget(parent),
      m_clock(clock),
      m_events(events),
      m_sku(new QComboBox(this)),
      m_quantity(new QSpinBox(this)),
      m_steps(new QLabel(this)),
      m_final(new QLabel(this)),
      m_insert(new QPushButton(tr("插入到手价(&P)"), this)) {
    setObjectName(u"priceCalculator"_s);
    m_sku->setObjectName(u"priceCalculatorSku"_s);
    m_quantity->setObjectName(u"priceCalculatorQuantity"_s);
    m_steps->setObjectName(u"priceCalculatorSteps"_s);
    m_final->setObjectName(u"priceCalculatorFinal"_s);
    m_insert->setObjectName(u"priceCalculatorInsert"_s);
    m_sku->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sku->setToolTip(tr("买家要买的规格"));
    m_quantity->setRange(1, kMaxQuantity);
    m_quantity->setSuffix(tr(" 件"));
    m_quantity->setToolTip(tr("购买件数"));
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setProperty("role", u"cardCaption"_s);
    m_final->setProperty("role", u"finalPrice"_s);
    m_final->setStyleSheet(u"color: #ff5000; font-weight: 600;"_s);
    m_insert->setToolTip(tr("把到手价和计算过程插入回复框（Alt+P）"));

    auto* skuLabel = new QLabel(tr("规格(&G)"), this);
    skuLabel->setBuddy(m_sku);
    auto* quantityLabel = new QLabel(tr("数量(&N)"), this);
    quantityLabel->setBuddy(m_quantity);
    auto* inputs = new QHBoxLayout;
    inputs->setSpacing(6);
    inputs->addWidget(skuLabel);
    inputs->addWidget(m_sku, 1);
    inputs->addSpacing(6);
    inputs->addWidget(quantityLabel);
    inputs->addWidget(m_quantity);

    auto* result = new QHBoxLayout;
    result->addWidget(m_final);
    result->addStretch(1);
    result->addWidget(m_insert);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(inputs);
    layout->addLayout(result);
    layout->addWidget(m_steps);

    setTabOrder(m_sku, m_quantity);
    setTabOrder(m_quantity, m_insert);
    connect(m_sku, &QComboBox::currentIndexChanged, this, &PriceCalculatorWidget::recalculate);
    connect(m_quantity, &QSpinBox::valueChanged, this, &PriceCalculatorWidget::recalculate);
    connect(m_insert, &QPushButton::clicked, this, [this] { Q_EMIT m_events.composeInsertRequested(replyText()); });
}

void PriceCalculatorWidget::setProduct(const Product& product, const QList<Promotion>& promotions) {
    m_product = product;
    m_promotions = promotions;
    const QSignalBlocker blocker(m_sku);
    m_sku->clear();
    int firstInStock = -1;
    for (const Sku& sku : product.skus) {
        const QString label = sku.stock > 0 ? tr("%1  %2").arg(sku.specText(), sku.price.display())
                                            : tr("%1  %2（已售罄）").arg(sku.specText(), sku.price.display());
        m_sku->addItem(label, sku.id);
        if (firstInStock < 0 && sku.stock > 0) {
            firstInStock = m_sku->count() - 1;
        }
    }
    if (product.skus.isEmpty()) {
        m_sku->addItem(tr("默认  %1").arg(product.price.display()), qint64(0));
    }
    m_sku->setCurrentIndex(qMax(0, firstInStock));
    m_quantity->setValue(1);
    recalculate();
}

void PriceCalculatorWidget::selectSku(qint64 skuRowId) {
    const int index = m_sku->findData(skuRowId);
    if (index >= 0) {
        m_sku->setCurrentIndex(index);
    }
}

PriceQuote PriceCalculatorWidget::currentQuote() const {
    const qint64 skuId = m_sku->currentData().toLongLong();
    Money unit = m_product.price;
    for (const Sku& sku : m_product.skus) {
        if (sku.id == skuId) {
            unit = sku.price;
        }
    }
    return PriceCalculator::quote({m_product.id, unit, m_quantity->value()}, m_promotions, m_clock.nowMs());
}

QString PriceCalculatorWidget::replyText() const {
    const PriceQuote quote = currentQuote();
    const QString spec = m_sku->currentText().section(u"  "_s, 0, 0);
    QString text = tr("亲，%1 拍 %2 件到手价 %3（%4）")
                       .arg(spec)
                       .arg(m_quantity->value())
                       .arg(quote.finalPrice.display(), quote.text());
    return text;
}

void PriceCalculatorWidget::recalculate() {
    const PriceQuote quote = currentQuote();
    m_final->setText(tr("到手价 %1").arg(quote.finalPrice.display()));
    m_steps->setText(quote.text());
}

}  // namespace kefu
