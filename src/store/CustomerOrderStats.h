#pragma once

#include "core/Money.h"

#include <QtGlobal>

#include <optional>

namespace kefu {

// What the customer panel shows about a buyer's history with the shop.
struct CustomerOrderStats {
    int orderCount = 0;                      // every order, paid or not
    Money totalSpend;                        // payment of paid orders only (tradeStatusIsPaid)
    std::optional<qint64> lastPurchaseAtMs;  // created_at of the newest order, empty when there is none
    bool operator==(const CustomerOrderStats&) const = default;
};

}  // namespace kefu
