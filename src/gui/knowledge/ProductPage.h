#pragma once

#include "core/Product.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class ProductPage;
}

namespace kefu {

struct Promotion;
struct WorkbenchContext;
class SkuGridModel;

// One product as an agent answers about it: price and stock per 颜色×尺码, the promotions running now, the 到手价,
// the size chart with a size advisor, attributes and 搭配推荐. Lives in a scroll area in the knowledge panel.
// Laid out in ui/ProductPage.ui; a form that places it (ProductBrowser.ui) builds it bare and attaches the
// workbench afterwards.
class ProductPage : public QWidget {
    Q_OBJECT

public:
    explicit ProductPage(QWidget* parent = nullptr);
    explicit ProductPage(WorkbenchContext& context, QWidget* parent = nullptr);
    ~ProductPage() override;

    void attach(WorkbenchContext& context);  // once, before the first showProduct

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
    void fitTables();
    void showHeader(const QList<Promotion>& promotions);
    void showAttributes();
    void showSizeChart();
    void showRelated();
    void showError(const QString& message);

    std::unique_ptr<Ui::ProductPage> m_ui;
    WorkbenchContext* m_context = nullptr;
    Product m_product;
    SkuGridModel* m_skuModel;
};

}  // namespace kefu
