#pragma once

#include "core/PriceCalculator.h"
#include "core/Product.h"
#include "core/Promotion.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kefu {

class Clock;
class WorkbenchEvents;

// 到手价 calculator on the product page: a SKU and a quantity → what the buyer pays under the promotions running
// now, step by step, ready to insert into the reply.
class PriceCalculatorWidget : public QWidget {
    Q_OBJECT

public:
    PriceCalculatorWidget(const Clock& clock, WorkbenchEvents& events, QWidget* parent = nullptr);

    // `promotions` may include inactive ones: the calculator checks each against the clock when it computes.
    void setProduct(const Product& product, const QList<Promotion>& promotions);
    void selectSku(qint64 skuRowId);
    PriceQuote currentQuote() const;
    QString replyText() const;  // what 插入到手价 inserts

private:
    void recalculate();

    const Clock& m_clock;
    WorkbenchEvents& m_events;
    Product m_product;
    QList<Promotion> m_promotions;
    QComboBox* m_sku;
    QSpinBox* m_quantity;
    QLabel* m_steps;
    QLabel* m_final;
    QPushButton* m_insert;
};

}  // namespace kefu
