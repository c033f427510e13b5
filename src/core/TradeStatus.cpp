#include "core/TradeStatus.h"

#include "core/EnumLookup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

QString tradeStatusName(TradeStatus s) {
    switch (s) {
        case TradeStatus::TradeNoCreatePay:
            return u"TRADE_NO_CREATE_PAY"_s;
        case TradeStatus::WaitBuyerPay:
            return u"WAIT_BUYER_PAY"_s;
        case TradeStatus::SellerConsignedPart:
            return u"SELLER_CONSIGNED_PART"_s;
        case TradeStatus::WaitSellerSendGoods:
            return u"WAIT_SELLER_SEND_GOODS"_s;
        case TradeStatus::WaitBuyerConfirmGoods:
            return u"WAIT_BUYER_CONFIRM_GOODS"_s;
        case TradeStatus::TradeBuyerSigned:
            return u"TRADE_BUYER_SIGNED"_s;
        case TradeStatus::TradeFinished:
            return u"TRADE_FINISHED"_s;
        case TradeStatus::TradeClosed:
            return u"TRADE_CLOSED"_s;
        case TradeStatus::TradeClosedByTaobao:
            return u"TRADE_CLOSED_BY_TAOBAO"_s;
        case TradeStatus::PayPending:
            return u"PAY_PENDING"_s;
        case TradeStatus::WaitPrePayConfirm:
            return u"WAIT_PRE_AUTH_CONFIRM"_s;
    }
    return {};
}

std::optional<TradeStatus> tradeStatusFromName(QStringView name) {
    return enumFromKey(allTradeStatuses(), &tradeStatusName, name);
}

QString tradeStatusLabel(TradeStatus s) {
    switch (s) {
        case TradeStatus::TradeNoCreatePay:
            return QCoreApplication::translate("kefu::Labels", "没有创建支付宝交易");
        case TradeStatus::WaitBuyerPay:
            return QCoreApplication::translate("kefu::Labels", "等待买家付款");
        case TradeStatus::SellerConsignedPart:
            return QCoreApplication::translate("kefu::Labels", "卖家部分发货");
        case TradeStatus::WaitSellerSendGoods:
            return QCoreApplication::translate("kefu::Labels", "买家已付款，等待卖家发货");
        case TradeStatus::WaitBuyerConfirmGoods:
            return QCoreApplication::translate("kefu::Labels", "卖家已发货，等待买家确认收货");
        case TradeStatus::TradeBuyerSigned:
            return QCoreApplication::translate("kefu::Labels", "买家已签收（货到付款）");
        case TradeStatus::TradeFinished:
            return QCoreApplication::translate("kefu::Labels", "交易成功");
        case TradeStatus::TradeClosed:
            return QCoreApplication::translate("kefu::Labels", "交易关闭（付款后全额退款）");
        case TradeStatus::TradeClosedByTaobao:
            return QCoreApplication::translate("kefu::Labels", "交易被淘宝关闭（付款前关闭）");
        case TradeStatus::PayPending:
            return QCoreApplication::translate("kefu::Labels", "国际信用卡支付付款确认中");
        case TradeStatus::WaitPrePayConfirm:
            return QCoreApplication::translate("kefu::Labels", "0元购合约中");
    }
    return {};
}

QString tradeStatusShortLabel(TradeStatus s) {
    switch (s) {
        case TradeStatus::TradeNoCreatePay:
        case TradeStatus::WaitBuyerPay:
            return QCoreApplication::translate("kefu::Labels", "待付款");
        case TradeStatus::SellerConsignedPart:
            return QCoreApplication::translate("kefu::Labels", "部分发货");
        case TradeStatus::WaitSellerSendGoods:
            return QCoreApplication::translate("kefu::Labels", "待发货");
        case TradeStatus::WaitBuyerConfirmGoods:
            return QCoreApplication::translate("kefu::Labels", "已发货");
        case TradeStatus::TradeBuyerSigned:
            return QCoreApplication::translate("kefu::Labels", "已签收");
        case TradeStatus::TradeFinished:
            return QCoreApplication::translate("kefu::Labels", "交易成功");
        case TradeStatus::TradeClosed:
        case TradeStatus::TradeClosedByTaobao:
            return QCoreApplication::translate("kefu::Labels", "交易关闭");
        case TradeStatus::PayPending:
            return QCoreApplication::translate("kefu::Labels", "付款确认中");
        case TradeStatus::WaitPrePayConfirm:
            return QCoreApplication::translate("kefu::Labels", "合约中");
    }
    return {};
}

bool tradeStatusAllowsAddressChange(TradeStatus s) {
    // Once any parcel has left the warehouse the address is the carrier's business, not the seller's.
    switch (s) {
        case TradeStatus::TradeNoCreatePay:
        case TradeStatus::WaitBuyerPay:
        case TradeStatus::WaitSellerSendGoods:
        case TradeStatus::PayPending:
        case TradeStatus::WaitPrePayConfirm:
            return true;
        case TradeStatus::SellerConsignedPart:
        case TradeStatus::WaitBuyerConfirmGoods:
        case TradeStatus::TradeBuyerSigned:
        case TradeStatus::TradeFinished:
        case TradeStatus::TradeClosed:
        case TradeStatus::TradeClosedByTaobao:
            return false;
    }
    return false;
}

bool tradeStatusIsPaid(TradeStatus s) {
    // TRADE_CLOSED counts as paid: it is a refund after payment, and the sale did convert.
    switch (s) {
        case TradeStatus::SellerConsignedPart:
        case TradeStatus::WaitSellerSendGoods:
        case TradeStatus::WaitBuyerConfirmGoods:
        case TradeStatus::TradeBuyerSigned:
        case TradeStatus::TradeFinished:
        case TradeStatus::TradeClosed:
            return true;
        case TradeStatus::TradeNoCreatePay:
        case TradeStatus::WaitBuyerPay:
        case TradeStatus::TradeClosedByTaobao:
        case TradeStatus::PayPending:
        case TradeStatus::WaitPrePayConfirm:
            return false;
    }
    return false;
}

QList<TradeStatus> allTradeStatuses() {
    return {TradeStatus::TradeNoCreatePay,    TradeStatus::WaitBuyerPay,          TradeStatus::SellerConsignedPart,
            TradeStatus::WaitSellerSendGoods, TradeStatus::WaitBuyerConfirmGoods, TradeStatus::TradeBuyerSigned,
            TradeStatus::TradeFinished,       TradeStatus::TradeClosed,           TradeStatus::TradeClosedByTaobao,
            TradeStatus::PayPending,          TradeStatus::WaitPrePayConfirm};
}

}  // namespace kefu
