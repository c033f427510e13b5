#pragma once

#include "store/ConversationRepository.h"

#include <QSet>
#include <QTabWidget>

#include <optional>

class QLabel;

namespace kefu {

class AfterSalesTab;
class CustomerProfileTab;
class OrdersTab;
struct WorkbenchContext;

// The right side of the workbench: the buyer of the open conversation in three tabs, 客户 / 订单 / 售后.
// Follows WorkbenchEvents::conversationSelected and re-reads on customerUpdated / ordersUpdated for that buyer.
// Emits customerUpdated (tags, note), ordersUpdated (address, memo, new case) and sendRequested (address check,
// payment reminder).
class CustomerSidePanel : public QTabWidget {
    Q_OBJECT

public:
    enum Tab { ProfileTab = 0, OrdersTabIndex = 1, AfterSalesTabIndex = 2 };

    explicit CustomerSidePanel(WorkbenchContext& ctx, QWidget* parent = nullptr);

    std::optional<qint64> customerId() const { return m_customerId; }

public Q_SLOTS:
    void showConversation(qint64 conversationId);
    void showTab(int index);

private:
    void showCustomer(std::optional<qint64> customerId);
    void onCustomerUpdated(qint64 customerId);
    void onOrdersUpdated(qint64 customerId);

    WorkbenchContext& m_ctx;
    ConversationRepository m_conversations;
    void loadCurrentTab();

    std::optional<qint64> m_customerId;
    QSet<QWidget*> m_stale;  // tabs still showing the previous buyer
    CustomerProfileTab* m_profile;
    OrdersTab* m_orders;
    AfterSalesTab* m_afterSales;
};

}  // namespace kefu
