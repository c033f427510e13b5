#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace kefu {

// Taobao's trade status names (taobao.trades.sold.get), with the Chinese labels staff know them by.
enum class TradeStatus {
    TradeNoCreatePay,       // TRADE_NO_CREATE_PAY 没有创建支付宝交易
    WaitBuyerPay,           // WAIT_BUYER_PAY 等待买家付款
    SellerConsignedPart,    // SELLER_CONSIGNED_PART 卖家部分发货
    WaitSellerSendGoods,    // WAIT_SELLER_SEND_GOODS 买家已付款，等待卖家发货
    WaitBuyerConfirmGoods,  // WAIT_BUYER_CONFIRM_GOODS 卖家已发货，等待买家确认收货
    TradeBuyerSigned,       // TRADE_BUYER_SIGNED 买家已签收（货到付款）
    TradeFinished,          // TRADE_FINISHED 交易成功
    TradeClosed,            // TRADE_CLOSED 交易关闭（付款后全额退款）
    TradeClosedByTaobao,    // TRADE_CLOSED_BY_TAOBAO 交易被淘宝关闭（付款前关闭）
    PayPending,             // PAY_PENDING 国际信用卡支付付款确认中
    WaitPrePayConfirm,      // WAIT_PRE_AUTH_CONFIRM 0元购合约中
};

QString tradeStatusName(TradeStatus s);  // "WAIT_BUYER_PAY"
std::optional<TradeStatus> tradeStatusFromName(QStringView name);
QString tradeStatusLabel(TradeStatus s);             // 等待买家付款
QString tradeStatusShortLabel(TradeStatus s);        // 待付款 待发货 已发货 交易成功 交易关闭 …
bool tradeStatusAllowsAddressChange(TradeStatus s);  // only before anything has shipped
bool tradeStatusIsPaid(TradeStatus s);               // money has left the buyer (for conversion metrics)
QList<TradeStatus> allTradeStatuses();

}  // namespace kefu
