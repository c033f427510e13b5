#pragma once

#include "core/Shop.h"

namespace kefu {

// The numbers the overview page shows, read in one go by ShopOverviewReader.
struct ShopOverview {
    Shop shop;
    int products = 0;
    int customers = 0;
    int orders = 0;
    int ordersAwaitingPayment = 0;        // 待付款
    int ordersToShip = 0;                 // 待发货 (incl. 部分发货)
    int ordersShipped = 0;                // 已发货 / 已签收
    int ordersCompleted = 0;              // 交易成功
    int ordersClosed = 0;                 // 交易关闭
    int conversationsWaiting = 0;         // 待回复
    int conversationsInProgress = 0;      // 处理中
    int afterSalesOpen = 0;               // 售后处理中 (not closed, not succeeded)
    int afterSalesAwaitingAgreement = 0;  // 待卖家同意
    int afterSalesAwaitingReturn = 0;     // 待买家退货
    int afterSalesAwaitingReceipt = 0;    // 待卖家确认收货
    int afterSalesRefused = 0;            // 卖家已拒绝
};

}  // namespace kefu
