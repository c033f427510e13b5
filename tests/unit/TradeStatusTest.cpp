#include "core/TradeStatus.h"

#include "QtPrinters.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

using T = TradeStatus;

TEST(TradeStatus, AddressChangeOnlyBeforeAnythingShipped) {
    const QSet<T> allowed = {T::WaitBuyerPay, T::WaitSellerSendGoods, T::PayPending, T::WaitPrePayConfirm,
                             T::TradeNoCreatePay};
    for (const T s : allTradeStatuses()) {
        EXPECT_EQ(tradeStatusAllowsAddressChange(s), allowed.contains(s)) << tradeStatusName(s).toStdString();
    }
}

TEST(TradeStatus, PaidMeansMoneyLeftTheBuyer) {
    const QSet<T> unpaid = {T::TradeClosedByTaobao, T::WaitBuyerPay, T::TradeNoCreatePay, T::PayPending,
                            T::WaitPrePayConfirm};
    for (const T s : allTradeStatuses()) {
        EXPECT_EQ(tradeStatusIsPaid(s), !unpaid.contains(s)) << tradeStatusName(s).toStdString();
    }
    EXPECT_TRUE(tradeStatusIsPaid(T::TradeClosed));  // refunded after payment: it still converted
}

TEST(TradeStatus, NamesParseExactly) {
    EXPECT_EQ(tradeStatusFromName(u"WAIT_SELLER_SEND_GOODS"_s), T::WaitSellerSendGoods);
    EXPECT_EQ(tradeStatusFromName(u"WAIT_PRE_AUTH_CONFIRM"_s), T::WaitPrePayConfirm);
    EXPECT_FALSE(tradeStatusFromName(u"wait_buyer_pay"_s).has_value());
    EXPECT_FALSE(tradeStatusFromName(u"WAIT_BUYER_PAY "_s).has_value());
    EXPECT_FALSE(tradeStatusFromName(u"TRADE_CLOSED_BY_TMALL"_s).has_value());
}

}  // namespace
