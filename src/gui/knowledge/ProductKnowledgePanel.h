#pragma once

#include <QWidget>

class QTabWidget;

namespace kefu {

struct WorkbenchContext;
class FaqPanel;
class ProductBrowser;

// 商品知识: the dockable panel agents answer product questions from, with a 商品 tab (search, product page, size
// advisor, 到手价) and a 常见问题 tab (FAQ). It sends cards and inserts text only through WorkbenchEvents; when a
// conversation is opened whose latest product card names a product, that product's page opens.
class ProductKnowledgePanel : public QWidget {
    Q_OBJECT

public:
    explicit ProductKnowledgePanel(WorkbenchContext& context, QWidget* parent = nullptr);

    ProductBrowser* productBrowser() const { return m_products; }
    FaqPanel* faqPanel() const { return m_faq; }

public Q_SLOTS:
    void focusProductSearch();
    void focusFaqSearch();
    void showProduct(qint64 productId);

private:
    void followConversation(qint64 conversationId);

    WorkbenchContext& m_context;
    QTabWidget* m_tabs;
    ProductBrowser* m_products;
    FaqPanel* m_faq;
};

}  // namespace kefu
