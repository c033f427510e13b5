#pragma once

#include "core/Order.h"
#include "store/OrderRepository.h"

#include <QList>
#include <QWidget>

#include <optional>

class QDialog;

namespace kefu {

class SideCardList;
struct WorkbenchContext;

// 订单 tab: the buyer's recent orders, newest first, as OrderCards. It carries out what a card asks: sends the
// address check and payment reminder through WorkbenchEvents::sendRequested, and opens the address, memo and
// after-sales dialogs, announcing a saved change with WorkbenchEvents::ordersUpdated.
class OrdersTab : public QWidget {
    Q_OBJECT

public:
    static constexpr int kOrdersShown = 20;

    explicit OrdersTab(WorkbenchContext& ctx, QWidget* parent = nullptr);

    void showCustomer(std::optional<qint64> customerId);
    void reload();

private:
    const Order* orderOf(const QString& tid) const;
    void rebuildCards();
    void sendAddressCheck(const QString& tid);
    void sendPaymentReminder(const QString& tid);
    void editAddress(const QString& tid);
    void editSellerMemo(const QString& tid);
    void createAfterSale(const QString& tid);
    void openDialog(QDialog* dialog);

    WorkbenchContext& m_ctx;
    OrderRepository m_repository;
    std::optional<qint64> m_customerId;
    QList<Order> m_orders;
    SideCardList* m_list;
};

}  // namespace kefu
