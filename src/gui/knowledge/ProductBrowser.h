#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

namespace Ui {
class ProductBrowser;
}

namespace kefu {

struct WorkbenchContext;
class ProductPage;
class ProductResultModel;
class ProductSearch;
class TitleInitialsIndex;

// The 商品 tab: search by title words, attribute ("面料 纯棉") or pinyin initials ("cmdx"); the results list and,
// below it, the chosen product's page. The initials index is built once on a worker when the workbench is attached.
// Laid out in ui/ProductBrowser.ui; a form that places it (ProductKnowledgePanel.ui) builds it bare and attaches
// the workbench afterwards.
class ProductBrowser : public QWidget {
    Q_OBJECT

public:
    explicit ProductBrowser(QWidget* parent = nullptr);
    explicit ProductBrowser(WorkbenchContext& context, QWidget* parent = nullptr);
    ~ProductBrowser() override;

    void attach(WorkbenchContext& context);  // once: opens the search and starts building the initials index

    bool initialsReady() const;
    ProductPage* page() const;

public Q_SLOTS:
    void focusSearch();
    void showProduct(qint64 productId);

Q_SIGNALS:
    void initialsIndexReady();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void openCurrent();
    void indexBuilt();
    void fitStatusBar();
    void showPageScrollBars(bool shown);

    std::unique_ptr<Ui::ProductBrowser> m_ui;
    std::unique_ptr<ProductSearch> m_search;
    QFutureWatcher<std::shared_ptr<const TitleInitialsIndex>> m_indexWatcher;
    ProductResultModel* m_model;
};

}  // namespace kefu
