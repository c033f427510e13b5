#include "gui/overview/ShopOverviewReader.h"

#include "store/AfterSaleRepository.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"
#include "store/ShopRepository.h"

namespace kefu {
int ShopOverview::*ShopOverviewReader::orderBucket(TradeStatus status) {
    switch (status) {
        case TradeStatus::TradeNoCreatePay:
        case TradeStatus::WaitBuyerPay:
        case TradeStatus::PayPending:
        case TradeStatus::WaitPrePayConfirm:
            return &ShopOverview::ordersAwaitingPayment;
        case TradeStatus::WaitSellerSendGoods:
        case TradeStatus::SellerConsignedPart:
            return &ShopOverview::ordersToShip;
        case TradeStatus::WaitBuyerConfirmGoods:
        case TradeStatus::TradeBuyerSigned:
            return &ShopOverview::ordersShipped;
        case TradeStatus::TradeFinished:
            return &ShopOverview::ordersCompleted;
        case TradeStatus::TradeClosed:
        case TradeStatus::TradeClosedByTaobao:
            return &ShopOverview::ordersClosed;
    }
    return &ShopOverview::ordersClosed;
}

int ShopOverview::*ShopOverviewReader::afterSaleBucket(RefundStatus status) {
    switch (status) {
        case RefundStatus::WaitSellerAgree:
            return &ShopOverview::afterSalesAwaitingAgreement;
        case RefundStatus::WaitBuyerReturnGoods:
            return &ShopOverview::afterSalesAwaitingReturn;
        case RefundStatus::WaitSellerConfirmGoods:
            return &ShopOverview::afterSalesAwaitingReceipt;
        case RefundStatus::SellerRefuseBuyer:
        case RefundStatus::Closed:
        case RefundStatus::Success:
            break;
    }
    return &ShopOverview::afterSalesRefused;
}

Result<ShopOverview> ShopOverviewReader::read() const {
    ShopOverview overview;
    Result<Shop> shop = ShopRepository(m_db).get();
    if (!shop) {
        return shop.error();
    }
    overview.shop = shop.value();
    Result<int> products = ProductRepository(m_db).count();
    if (!products) {
        return products.error();
    }
    overview.products = products.value();
    Result<int> customers = CustomerRepository(m_db).count();
    if (!customers) {
        return customers.error();
    }
    overview.customers = customers.value();
    for (const Status& status : {readOrders(overview), readConversations(overview), readAfterSales(overview)}) {
        if (!status) {
            return status.error();
        }
    }
    return overview;
}

Status ShopOverviewReader::readOrders(ShopOverview& overview) const {
    Result<QMap<TradeStatus, int>> counts = OrderRepository(m_db).countByStatus();
    if (!counts) {
        return counts.error();
    }
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        overview.orders += it.value();
        overview.*orderBucket(it.key()) += it.value();
    }
    return {};
}

Status ShopOverviewReader::readConversations(ShopOverview& overview) const {
    Result<QMap<ConversationStatus, int>> counts = ConversationRepository(m_db).countByStatus();
    if (!counts) {
        return counts.error();
    }
    overview.conversationsWaiting = counts->value(ConversationStatus::Waiting);
    overview.conversationsInProgress = counts->value(ConversationStatus::InProgress);
    return {};
}

Status ShopOverviewReader::readAfterSales(ShopOverview& overview) const {
    Result<QMap<RefundStatus, int>> counts = AfterSaleRepository(m_db).countByStatus();
    if (!counts) {
        return counts.error();
    }
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        if (RefundTransitions::isFinal(it.key())) {
            continue;
        }
        overview.afterSalesOpen += it.value();
        overview.*afterSaleBucket(it.key()) += it.value();
    }
    return {};
}

}  // namespace kefu
