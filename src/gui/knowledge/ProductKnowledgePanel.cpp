#include "gui/knowledge/ProductKnowledgePanel.h"

#include "gui/knowledge/FaqPanel.h"
#include "gui/knowledge/ProductBrowser.h"
#include "gui/knowledge/ProductPage.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/MessageRepository.h"
#include "store/ProductRepository.h"
#include "ui_ProductKnowledgePanel.h"

namespace kefu {

namespace {
constexpr int kRecentMessages = 50;  // one indexed page: a card further back is no longer what they talk about
}

ProductKnowledgePanel::ProductKnowledgePanel(WorkbenchContext& context, QWidget* parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ProductKnowledgePanel>()),
      m_messages(std::make_unique<MessageRepository>(context.db)),
      m_products(std::make_unique<ProductRepository>(context.db)) {
    m_ui->setupUi(this);
    m_ui->productBrowser->attach(context);
    m_ui->faqPanel->attach(context);
    connect(&context.events, &WorkbenchEvents::conversationSelected, this, &ProductKnowledgePanel::followConversation);
}

ProductKnowledgePanel::~ProductKnowledgePanel() = default;

ProductBrowser* ProductKnowledgePanel::productBrowser() const {
    return m_ui->productBrowser;
}

FaqPanel* ProductKnowledgePanel::faqPanel() const {
    return m_ui->faqPanel;
}

void ProductKnowledgePanel::focusProductSearch() {
    m_ui->knowledgeTabs->setCurrentWidget(m_ui->productBrowser);
    m_ui->productBrowser->focusSearch();
}

void ProductKnowledgePanel::focusFaqSearch() {
    m_ui->knowledgeTabs->setCurrentWidget(m_ui->faqPanel);
    m_ui->faqPanel->focusSearch();
}

void ProductKnowledgePanel::showProduct(qint64 productId) {
    m_ui->knowledgeTabs->setCurrentWidget(m_ui->productBrowser);
    m_ui->productBrowser->showProduct(productId);
}

void ProductKnowledgePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_pendingConversation != 0) {
        followConversation(m_pendingConversation);
    }
}

// Read-only and best effort: a conversation without a card (or a card for a product since removed) leaves the
// page as it was.
void ProductKnowledgePanel::followConversation(qint64 conversationId) {
    // Hidden behind another dock tab, the page would be rebuilt on every conversation switch for nobody.
    if (!isVisible()) {
        m_pendingConversation = conversationId;
        return;
    }
    m_pendingConversation = 0;
    const Result<QList<Message>> history = m_messages->history(conversationId, {}, kRecentMessages);
    if (!history) {
        return;
    }
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        if (it->kind != MessageKind::ProductCard) {
            continue;
        }
        const Result<Product> product = m_products->findByNumIid(it->body);
        if (product && product->id != m_ui->productBrowser->page()->productId()) {
            m_ui->productBrowser->showProduct(product->id);
        }
        return;
    }
}

}  // namespace kefu
