#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QScrollArea;
class QTreeView;

namespace kefu {

struct WorkbenchContext;
class ProductPage;
class ProductResultModel;
class ProductSearch;
class TitleInitialsIndex;

// The 商品 tab: search by title words, attribute ("面料 纯棉") or pinyin initials ("cmdx"); the results list and,
// below it, the chosen product's page. The initials index is built once on a worker when the tab is created.
class ProductBrowser : public QWidget {
    Q_OBJECT

public:
    explicit ProductBrowser(WorkbenchContext& context, QWidget* parent = nullptr);
    ~ProductBrowser() override;

    bool initialsReady() const;
    ProductPage* page() const { return m_page; }

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

    WorkbenchContext& m_context;
    std::unique_ptr<ProductSearch> m_search;
    QFutureWatcher<std::shared_ptr<const TitleInitialsIndex>> m_indexWatcher;
    ProductResultModel* m_model;
    QLineEdit* m_query;
    QLabel* m_status;
    QTreeView* m_results;
    QScrollArea* m_scroll;
    ProductPage* m_page;
};

}  // namespace kefu
