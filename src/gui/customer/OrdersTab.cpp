#include "gui/customer/OrdersTab.h"

#include "core/Clock.h"
#include "gui/customer/AddressEditDialog.h"
#include "gui/customer/AfterSaleCreateDialog.h"
#include "gui/customer/OrderCard.h"
#include "gui/customer/OrderReplyTexts.h"
#include "gui/customer/SellerMemoDialog.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"

#include "gui/widgets/SideCardList.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

OrdersTab::OrdersTab(WorkbenchContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_repository(ctx.db), m_list(new SideCardList(this)) {
    setObjectName(u"ordersTab"_s);
    m_list->statusLabel()->setObjectName(u"ordersStatus"_s);
    m_list->cardParent()->setObjectName(u"orderCards"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    showCustomer(std::nullopt);
}

void OrdersTab::showCustomer(std::optional<qint64> customerId) {
    m_customerId = customerId;
    m_list->scrollToTop();
    reload();
}

void OrdersTab::reload() {
    m_orders.clear();
    if (!m_customerId) {
        m_list->setStatus(tr("选择一个会话后，这里显示买家的订单"));
    } else if (auto orders = m_repository.listForCustomer(*m_customerId, kOrdersShown); !orders) {
        m_list->setStatus(tr("读取订单失败：%1").arg(orders.error().message), true);
    } else {
        m_orders = *orders;
        m_list->setStatus(m_orders.isEmpty()               ? tr("这位买家还没有下过单")
                          : m_orders.size() < kOrdersShown ? tr("共 %1 笔订单").arg(m_orders.size())
                                                           : tr("最近 %1 笔订单").arg(m_orders.size()));
    }
    rebuildCards();
}

void OrdersTab::rebuildCards() {
    const qint64 now = m_ctx.clock.nowMs();
    QList<QWidget*> cards;
    for (const Order& order : std::as_const(m_orders)) {
        auto* card = new OrderCard(order, now, m_list->cardParent());
        connect(card, &OrderCard::addressCheckRequested, this, &OrdersTab::sendAddressCheck);
        connect(card, &OrderCard::paymentReminderRequested, this, &OrdersTab::sendPaymentReminder);
        connect(card, &OrderCard::addressEditRequested, this, &OrdersTab::editAddress);
        connect(card, &OrderCard::sellerMemoRequested, this, &OrdersTab::editSellerMemo);
        connect(card, &OrderCard::afterSaleRequested, this, &OrdersTab::createAfterSale);
        cards.append(card);
    }
    m_list->replaceCards(cards);
}

const Order* OrdersTab::orderOf(const QString& tid) const {
    for (const Order& order : m_orders) {
        if (order.tid == tid) {
            return &order;
        }
    }
    return nullptr;
}

void OrdersTab::sendAddressCheck(const QString& tid) {
    if (const Order* order = orderOf(tid)) {
        Q_EMIT m_ctx.events.sendRequested(MessageKind::OrderCard, order->tid);
        Q_EMIT m_ctx.events.sendRequested(MessageKind::Text, OrderReplyTexts::addressConfirmation(*order));
    }
}

void OrdersTab::sendPaymentReminder(const QString& tid) {
    const Order* order = orderOf(tid);
    if (order != nullptr && order->status == TradeStatus::WaitBuyerPay) {
        Q_EMIT m_ctx.events.sendRequested(MessageKind::Text, OrderReplyTexts::paymentReminder(*order));
    }
}

void OrdersTab::editAddress(const QString& tid) {
    const Order* order = orderOf(tid);
    if (order != nullptr && tradeStatusAllowsAddressChange(order->status)) {
        openDialog(new AddressEditDialog(m_ctx.db, *order, this));
    }
}

void OrdersTab::editSellerMemo(const QString& tid) {
    if (const Order* order = orderOf(tid)) {
        openDialog(new SellerMemoDialog(m_ctx.db, *order, this));
    }
}

void OrdersTab::createAfterSale(const QString& tid) {
    if (const Order* order = orderOf(tid)) {
        openDialog(new AfterSaleCreateDialog(m_ctx, *order, this));
    }
}

void OrdersTab::openDialog(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 customerId = m_customerId.value_or(0);
    connect(dialog, &QDialog::accepted, this, [this, customerId] { Q_EMIT m_ctx.events.ordersUpdated(customerId); });
    dialog->open();
}

}  // namespace kefu
