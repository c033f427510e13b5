#include "gui/customer/CustomerSidePanel.h"

#include "gui/customer/AfterSalesTab.h"
#include "gui/customer/CustomerProfileTab.h"
#include "gui/customer/CustomerSidePanelStyle.h"
#include "gui/customer/OrdersTab.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"

using namespace Qt::StringLiterals;

namespace kefu {

CustomerSidePanel::CustomerSidePanel(WorkbenchContext& ctx, QWidget* parent)
    : QTabWidget(parent),
      m_ctx(ctx),
      m_conversations(ctx.db),
      m_profile(new CustomerProfileTab(ctx, this)),
      m_orders(new OrdersTab(ctx, this)),
      m_afterSales(new AfterSalesTab(ctx, this)) {
    setObjectName(u"customerSidePanel"_s);
    setDocumentMode(true);
    setStyleSheet(CustomerSidePanelStyle::styleSheet());
    addTab(m_profile, tr("客户"));
    addTab(m_orders, tr("订单"));
    addTab(m_afterSales, tr("售后"));
    setTabToolTip(ProfileTab, tr("买家资料、标签和备注（Alt+1）"));
    setTabToolTip(OrdersTabIndex, tr("买家的订单、物流和操作（Alt+2）"));
    setTabToolTip(AfterSalesTabIndex, tr("买家的售后单（Alt+3）"));
    setMinimumWidth(320);

    connect(this, &QTabWidget::currentChanged, this, &CustomerSidePanel::loadCurrentTab);
    connect(&ctx.events, &WorkbenchEvents::conversationSelected, this, &CustomerSidePanel::showConversation);
    connect(&ctx.events, &WorkbenchEvents::customerUpdated, this, &CustomerSidePanel::onCustomerUpdated);
    connect(&ctx.events, &WorkbenchEvents::ordersUpdated, this, &CustomerSidePanel::onOrdersUpdated);
}

void CustomerSidePanel::showConversation(qint64 conversationId) {
    auto conversation = m_conversations.find(conversationId);
    if (!conversation) {
        showCustomer(std::nullopt);
        return;
    }
    showCustomer(conversation->customerId);
}

void CustomerSidePanel::showTab(int index) {
    if (index >= 0 && index < count()) {
        setCurrentIndex(index);
        if (QWidget* page = widget(index)) {
            page->setFocus();
        }
    }
}

// Only the tab in front is read and built on a conversation switch; the others follow when they are brought
// forward. Building every order card of a buyer the agent is not looking at made each switch slower.
void CustomerSidePanel::showCustomer(std::optional<qint64> customerId) {
    m_customerId = customerId;
    m_stale = {m_profile, m_orders, m_afterSales};
    loadCurrentTab();
}

void CustomerSidePanel::loadCurrentTab() {
    QWidget* current = currentWidget();
    if (!m_stale.remove(current)) {
        return;
    }
    if (current == m_profile) {
        m_profile->showCustomer(m_customerId);
    } else if (current == m_orders) {
        m_orders->showCustomer(m_customerId);
    } else if (current == m_afterSales) {
        m_afterSales->showCustomer(m_customerId);
    }
}

void CustomerSidePanel::onCustomerUpdated(qint64 customerId) {
    if (m_customerId == customerId) {
        m_profile->reload();
    }
}

void CustomerSidePanel::onOrdersUpdated(qint64 customerId) {
    if (m_customerId == customerId) {
        showCustomer(customerId);
    }
}

}  // namespace kefu
