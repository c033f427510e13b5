#include "gui/knowledge/ProductKnowledgePanel.h"

#include "gui/knowledge/FaqPanel.h"
#include "gui/knowledge/ProductBrowser.h"
#include "gui/knowledge/ProductPage.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/MessageRepository.h"
#include "store/ProductRepository.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kRecentMessages = 50;  // one indexed page: a card further back is no longer what they talk about
}

ProductKnowledgePanel::ProductKnowledgePanel(WorkbenchContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_tabs(new QTabWidget(this)),
      m_products(new ProductBrowser(context, this)),
      m_faq(new FaqPanel(context, this)) {
    setObjectName(u"productKnowledgePanel"_s);
    setWindowTitle(tr("商品知识"));
    m_tabs->setObjectName(u"knowledgeTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_products, tr("商品"));
    m_tabs->addTab(m_faq, tr("常见问题"));
    m_tabs->setTabToolTip(0, tr("商品搜索、规格库存、尺码助手、到手价"));
    m_tabs->setTabToolTip(1, tr("常见问题搜索，回车插入回答"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&context.events, &WorkbenchEvents::conversationSelected, this, &ProductKnowledgePanel::followConversation);
}

void ProductKnowledgePanel::focusProductSearch() {
    m_tabs->setCurrentWidget(m_products);
    m_products->focusSearch();
}

void ProductKnowledgePanel::focusFaqSearch() {
    m_tabs->setCurrentWidget(m_faq);
    m_faq->focusSearch();
}

void ProductKnowledgePanel::showProduct(qint64 productId) {
    m_tabs->setCurrentWidget(m_products);
    m_products->showProduct(productId);
}

// Read-only and best effort: a conversation without a card (or a card for a product since removed) leaves the
// page as it was.
void ProductKnowledgePanel::followConversation(qint64 conversationId) {
    const Result<QList<Message>> history = MessageRepository(m_context.db).history(conversationId, {}, kRecentMessages);
    if (!history) {
        return;
    }
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        if (it->kind != MessageKind::ProductCard) {
            continue;
        }
        const Result<Product> product = ProductRepository(m_context.db).findByNumIid(it->body);
        if (product && product->id != m_products->page()->productId()) {
            m_products->showProduct(product->id);
        }
        return;
    }
}

}  // namespace kefu
