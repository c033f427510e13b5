#pragma once

#include "core/Order.h"

#include <QCoreApplication>
#include <QString>

namespace kefu {

// What the side panel sends to a buyer about an order. The buyer sees their own data whole, so these texts carry
// the unmasked receiver; the agent's screen never shows them.
class OrderReplyTexts {
    Q_DECLARE_TR_FUNCTIONS(OrderReplyTexts)

public:
    static QString addressConfirmation(const Order& order);
    static QString paymentReminder(const Order& order);
    static QString itemSummary(const Order& order);  // 「T恤（白 / M）×1」、「…」等3件商品
};

}  // namespace kefu
