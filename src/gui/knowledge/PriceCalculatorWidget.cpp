#include "gui/knowledge/PriceCalculatorWidget.h"

#include "core/Clock.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "ui_PriceCalculatorWidget.h"

using namespace Qt::StringLiterals;

namespace kefu {

PriceCalculatorWidget::PriceCalculatorWidget(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PriceCalculatorWidget>()) {
    m_ui->setupUi(this);
    connect(m_ui->priceCalculatorSku, &QComboBox::currentIndexChanged, this, &PriceCalculatorWidget::recalculate);
    connect(m_ui->priceCalculatorQuantity, &QSpinBox::valueChanged, this, &PriceCalculatorWidget::recalculate);
    connect(m_ui->priceCalculatorInsert, &QPushButton::clicked, this, [this] {
        if (m_events != nullptr) {
            Q_EMIT m_events->composeInsertRequested(replyText());
        }
    });
}

PriceCalculatorWidget::PriceCalculatorWidget(const Clock& clock, WorkbenchEvents& events, QWidget* parent)
    : PriceCalculatorWidget(parent) {
    attach(clock, events);
}

PriceCalculatorWidget::~PriceCalculatorWidget() = default;

void PriceCalculatorWidget::attach(const Clock& clock, WorkbenchEvents& events) {
    m_clock = &clock;
    m_events = &events;
}

void PriceCalculatorWidget::setProduct(const Product& product, const QList<Promotion>& promotions) {
    m_product = product;
    m_promotions = promotions;
    const QSignalBlocker blocker(m_ui->priceCalculatorSku);
    m_ui->priceCalculatorSku->clear();
    int firstInStock = -1;
    for (const Sku& sku : product.skus) {
        const QString label = sku.stock > 0 ? tr("%1  %2").arg(sku.specText(), sku.price.display())
                                            : tr("%1  %2（已售罄）").arg(sku.specText(), sku.price.display());
        m_ui->priceCalculatorSku->addItem(label, sku.id);
        if (firstInStock < 0 && sku.stock > 0) {
            firstInStock = m_ui->priceCalculatorSku->count() - 1;
        }
    }
    if (product.skus.isEmpty()) {
        m_ui->priceCalculatorSku->addItem(tr("默认  %1").arg(product.price.display()), qint64(0));
    }
    m_ui->priceCalculatorSku->setCurrentIndex(qMax(0, firstInStock));
    m_ui->priceCalculatorQuantity->setValue(1);
    recalculate();
}

void PriceCalculatorWidget::selectSku(qint64 skuRowId) {
    const int index = m_ui->priceCalculatorSku->findData(skuRowId);
    if (index >= 0) {
        m_ui->priceCalculatorSku->setCurrentIndex(index);
    }
}

PriceQuote PriceCalculatorWidget::currentQuote() const {
    const qint64 skuId = m_ui->priceCalculatorSku->currentData().toLongLong();
    Money unit = m_product.price;
    for (const Sku& sku : m_product.skus) {
        if (sku.id == skuId) {
            unit = sku.price;
        }
    }
    return PriceCalculator::quote({m_product.id, unit, m_ui->priceCalculatorQuantity->value()}, m_promotions,
                                  m_clock != nullptr ? m_clock->nowMs() : 0);
}

QString PriceCalculatorWidget::replyText() const {
    const PriceQuote quote = currentQuote();
    const QString spec = m_ui->priceCalculatorSku->currentText().section(u"  "_s, 0, 0);
    QString text = tr("亲，%1 拍 %2 件到手价 %3（%4）")
                       .arg(spec)
                       .arg(m_ui->priceCalculatorQuantity->value())
                       .arg(quote.finalPrice.display(), quote.text());
    return text;
}

void PriceCalculatorWidget::recalculate() {
    if (m_clock == nullptr) {
        return;
    }
    const PriceQuote quote = currentQuote();
    m_ui->priceCalculatorFinal->setText(tr("到手价 %1").arg(quote.finalPrice.display()));
    m_ui->priceCalculatorSteps->setText(quote.text());
}

}  // namespace kefu
