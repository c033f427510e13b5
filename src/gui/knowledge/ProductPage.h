#pragma once

#include "core/Product.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;

namespace kefu {

struct Promotion;
struct WorkbenchContext;
class PriceCalculatorWidget;
class SizeAdvisorWidget;
class SkuGridModel;

// One product as an agent answers about it: price and stock per 颜色×尺码, the promotions running now, the 到手价,
// the size chart with a size advisor, attributes and 搭配推荐. Lives in a scroll area in the knowledge panel.
class ProductPage : public QWidget {
    Q_OBJECT

public:
    explicit ProductPage(WorkbenchContext& context, QWidget* parent = nullptr);

    // Reads the product (one aggregate, a few indexed queries) and shows it; false with the error shown in place.
    bool showProduct(qint64 productId);
    qint64 productId() const { return m_product.id; }
    const Product& product() const { return m_product; }

public Q_SLOTS:
    void sendProductCard();

Q_SIGNALS:
    void productShown(qint64 productId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildHeader();
    void fitTables();
    void showHeader(const QList<Promotion>& promotions);
    void showAttributes();
    void showSizeChart();
    void showRelated();
    void showError(const QString& message);

    WorkbenchContext& m_context;
    Product m_product;
    QLabel* m_error;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_promotions;
    QLabel* m_sellingPoints;
    QPushButton* m_send;
    SkuGridModel* m_skuModel;
    QTableView* m_skuGrid;
    PriceCalculatorWidget* m_calculator;
    QTableWidget* m_sizeChart;
    QLabel* m_noSizeChart;
    SizeAdvisorWidget* m_advisor;
    QTableWidget* m_attributes;
    QListWidget* m_related;
};

}  // namespace kefu
