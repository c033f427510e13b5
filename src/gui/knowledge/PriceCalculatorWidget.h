#pragma once

#include "core/PriceCalculator.h"
#include "core/Product.h"
#include "core/Promotion.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class PriceCalculatorWidget;
}

namespace kefu {

class Clock;
class WorkbenchEvents;

// 到手价 calculator on the product page: a SKU and a quantity → what the buyer pays under the promotions running
// now, step by step, ready to insert into the reply. Laid out in ui/PriceCalculatorWidget.ui; a form that places
// it (ProductPage.ui) builds it bare and attaches the clock and event bus afterwards.
class PriceCalculatorWidget : public QWidget {
    Q_OBJECT

public:
    explicit PriceCalculatorWidget(QWidget* parent = nullptr);
    PriceCalculatorWidget(const Clock& clock, WorkbenchEvents& events, QWidget* parent = nullptr);
    ~PriceCalculatorWidget() override;

    // Which promotions are running depends on the clock, so nothing is quoted until it is attached.
    void attach(const Clock& clock, WorkbenchEvents& events);

    // `promotions` may include inactive ones: the calculator checks each against the clock when it computes.
    void setProduct(const Product& product, const QList<Promotion>& promotions);
    void selectSku(qint64 skuRowId);
    PriceQuote currentQuote() const;
    QString replyText() const;  // what 插入到手价 inserts

private:
    void recalculate();

    std::unique_ptr<Ui::PriceCalculatorWidget> m_ui;
    const Clock* m_clock = nullptr;
    WorkbenchEvents* m_events = nullptr;
    Product m_product;
    QList<Promotion> m_promotions;
};

}  // namespace kefu
