#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ProductKnowledgePanel;
}

namespace kefu {

struct WorkbenchContext;
class FaqPanel;
class MessageRepository;
class ProductRepository;
class ProductBrowser;

// 商品知识: the dockable panel agents answer product questions from, with a 商品 tab (search, product page, size
// advisor, 到手价) and a 常见问题 tab (FAQ). It sends cards and inserts text only through WorkbenchEvents; when a
// conversation is opened whose latest product card names a product, that product's page opens. Laid out in
// ui/ProductKnowledgePanel.ui.
class ProductKnowledgePanel : public QWidget {
    Q_OBJECT

public:
    explicit ProductKnowledgePanel(WorkbenchContext& context, QWidget* parent = nullptr);
    ~ProductKnowledgePanel() override;

    ProductBrowser* productBrowser() const;
    FaqPanel* faqPanel() const;

public Q_SLOTS:
    void focusProductSearch();
    void focusFaqSearch();
    void showProduct(qint64 productId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void followConversation(qint64 conversationId);

    std::unique_ptr<Ui::ProductKnowledgePanel> m_ui;
    // Kept for the panel's life: following runs on every conversation switch, and each keeps prepared statements.
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<ProductRepository> m_products;
    qint64 m_pendingConversation = 0;  // selected while the panel was hidden: followed when it is shown
};

}  // namespace kefu
