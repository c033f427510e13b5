#pragma once

#include "core/Order.h"

#include <QFrame>
#include <QString>

class QVBoxLayout;

namespace kefu {

// One order in the 订单 tab, compact like Qianniu's: id, status, items, amounts, the masked receiver, the seller
// memo and the tracking timeline, with the actions an agent takes on it. It only asks; OrdersTab acts.
class OrderCard : public QFrame {
    Q_OBJECT

public:
    OrderCard(const Order& order, qint64 nowMs, QWidget* parent = nullptr);

    const QString& tid() const { return m_tid; }

Q_SIGNALS:
    void addressCheckRequested(const QString& tid);
    void paymentReminderRequested(const QString& tid);
    void addressEditRequested(const QString& tid);
    void sellerMemoRequested(const QString& tid);
    void afterSaleRequested(const QString& tid);

private:
    QWidget* createHeader(const Order& order);
    QWidget* createItems(const Order& order);
    QWidget* createReceiver(const Order& order);
    QWidget* createMemo(const Order& order);
    QWidget* createShipment(const Shipment& shipment, qint64 stalledCheckAtMs);  // 0: no stalled warning
    QWidget* createActions(const Order& order);

    QString m_tid;
    qint64 m_nowMs;
};

}  // namespace kefu
