#include "gui/customer/OrdersTab.h"

#include "core/Clock.h"
#include "gui/customer/AddressEditDialog.h"
#include "gui/customer/AfterSaleCreateDialog.h"
#include "gui/customer/OrderCard.h"
#include "gui/customer/OrderReplyTexts.h"
#include "gui/customer/SellerMemoDialog.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

OrdersTab::OrdersTab(WorkbenchContext& ctx, QWidget* parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_repository(ctx.db),
      m_status(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_cards(new QWidget(m_scroll)),
      m_cardsLayout(new QVBoxLayout(m_cards)) {
    setObjectName(u"ordersTab"_s);
    m_status->setObjectName(u"ordersStatus"_s);
    m_status->setProperty("role", u"muted"_s);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(12, 8, 12, 0);
    m_cardsLayout->setContentsMargins(8, 8, 8, 8);
    m_cardsLayout->setSpacing(8);
    m_cards->setObjectName(u"orderCards"_s);
    m_scroll->setWidget(m_cards);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);
    showCustomer(std::nullopt);
}

void OrdersTab::showCustomer(std::optional<qint64> customerId) {
    m_customerId = customerId;
    m_scroll->verticalScrollBar()->setValue(0);
    reload();
}

void OrdersTab::reload() {
    m_orders.clear();
    m_status->setProperty("role", u"muted"_s);
    if (!m_customerId) {
        m_status->setText(tr("选择一个会话后，这里显示买家的订单"));
    } else if (auto orders = m_repository.listForCustomer(*m_customerId, kOrdersShown); !orders) {
        m_status->setProperty("role", u"error"_s);
        m_status->setText(tr("读取订单失败：%1").arg(orders.error().message));
    } else {
        m_orders = *orders;
        m_status->setText(m_orders.isEmpty()               ? tr("这位买家还没有下过单")
                          : m_orders.size() < kOrdersShown ? tr("共 %1 笔订单").arg(m_orders.size())
                                                           : tr("最近 %1 笔订单").arg(m_orders.size()));
    }
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    rebuildCards();
}

void OrdersTab::rebuildCards() {
    const int scrolled = m_scroll->verticalScrollBar()->value();
    // A card may be rebuilt from its own button's click, so it is deleted later, not under its own signal.
    while (QLayoutItem* item = m_cardsLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const qint64 now = m_ctx.clock.nowMs();
    for (const Order& order : std::as_const(m_orders)) {
        auto* card = new OrderCard(order, now, m_cards);
        connect(card, &OrderCard::addressCheckRequested, this, &OrdersTab::sendAddressCheck);
        connect(card, &OrderCard::paymentReminderRequested, this, &OrdersTab::sendPaymentReminder);
        connect(card, &OrderCard::addressEditRequested, this, &OrdersTab::editAddress);
        connect(card, &OrderCard::sellerMemoRequested, this, &OrdersTab::editSellerMemo);
        connect(card, &OrderCard::afterSaleRequested, this, &OrdersTab::createAfterSale);
        m_cardsLayout->addWidget(card);
    }
    m_cardsLayout->addStretch(1);
    m_scroll->verticalScrollBar()->setValue(scrolled);
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
