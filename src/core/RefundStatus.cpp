#include "core/RefundStatus.h"

#include "core/EnumLookup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

using S = RefundStatus;

struct Transition {
    bool goodsComeBack;  // false: refund only; true: return, exchange and repair, where the buyer ships goods back
    RefundStatus from;
    RefundStatus to;
};

// Everything not listed is illegal; CLOSED and SUCCESS have no way out.
constexpr Transition kTransitions[] = {
    {false, S::WaitSellerAgree, S::Success},
    {false, S::WaitSellerAgree, S::SellerRefuseBuyer},
    {false, S::WaitSellerAgree, S::Closed},
    {false, S::SellerRefuseBuyer, S::WaitSellerAgree},  // the buyer applies again
    {false, S::SellerRefuseBuyer, S::Closed},

    {true, S::WaitSellerAgree, S::WaitBuyerReturnGoods},
    {true, S::WaitSellerAgree, S::SellerRefuseBuyer},
    {true, S::WaitSellerAgree, S::Closed},
    {true, S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods},
    {true, S::WaitBuyerReturnGoods, S::Closed},
    {true, S::WaitSellerConfirmGoods, S::Success},
    {true, S::WaitSellerConfirmGoods, S::SellerRefuseBuyer},  // the goods came back damaged or not as described
    {true, S::SellerRefuseBuyer, S::WaitSellerAgree},
    {true, S::SellerRefuseBuyer, S::Closed},
};

bool goodsComeBack(AfterSaleType type) {
    switch (type) {
        case AfterSaleType::RefundOnly:
            return false;
        case AfterSaleType::ReturnAndRefund:
        case AfterSaleType::Exchange:
        case AfterSaleType::Repair:
            return true;
    }
    return true;
}

}  // namespace

QString afterSaleTypeLabel(AfterSaleType t) {
    switch (t) {
        case AfterSaleType::RefundOnly:
            return QCoreApplication::translate("kefu::Labels", "仅退款");
        case AfterSaleType::ReturnAndRefund:
            return QCoreApplication::translate("kefu::Labels", "退货退款");
        case AfterSaleType::Exchange:
            return QCoreApplication::translate("kefu::Labels", "换货");
        case AfterSaleType::Repair:
            return QCoreApplication::translate("kefu::Labels", "维修");
    }
    return {};
}

QString afterSaleTypeKey(AfterSaleType t) {
    switch (t) {
        case AfterSaleType::RefundOnly:
            return u"refund_only"_s;
        case AfterSaleType::ReturnAndRefund:
            return u"return_refund"_s;
        case AfterSaleType::Exchange:
            return u"exchange"_s;
        case AfterSaleType::Repair:
            return u"repair"_s;
    }
    return {};
}

std::optional<AfterSaleType> afterSaleTypeFromKey(QStringView key) {
    return enumFromKey(allAfterSaleTypes(), &afterSaleTypeKey, key);
}

QList<AfterSaleType> allAfterSaleTypes() {
    return {AfterSaleType::RefundOnly, AfterSaleType::ReturnAndRefund, AfterSaleType::Exchange, AfterSaleType::Repair};
}

QString refundStatusName(RefundStatus s) {
    switch (s) {
        case S::WaitSellerAgree:
            return u"WAIT_SELLER_AGREE"_s;
        case S::WaitBuyerReturnGoods:
            return u"WAIT_BUYER_RETURN_GOODS"_s;
        case S::WaitSellerConfirmGoods:
            return u"WAIT_SELLER_CONFIRM_GOODS"_s;
        case S::SellerRefuseBuyer:
            return u"SELLER_REFUSE_BUYER"_s;
        case S::Closed:
            return u"CLOSED"_s;
        case S::Success:
            return u"SUCCESS"_s;
    }
    return {};
}

std::optional<RefundStatus> refundStatusFromName(QStringView name) {
    return enumFromKey(allRefundStatuses(), &refundStatusName, name);
}

QString refundStatusLabel(RefundStatus s) {
    switch (s) {
        case S::WaitSellerAgree:
            return QCoreApplication::translate("kefu::Labels", "买家已经申请退款，等待卖家同意");
        case S::WaitBuyerReturnGoods:
            return QCoreApplication::translate("kefu::Labels", "卖家已经同意退款，等待买家退货");
        case S::WaitSellerConfirmGoods:
            return QCoreApplication::translate("kefu::Labels", "买家已经退货，等待卖家确认收货");
        case S::SellerRefuseBuyer:
            return QCoreApplication::translate("kefu::Labels", "卖家拒绝退款");
        case S::Closed:
            return QCoreApplication::translate("kefu::Labels", "退款关闭");
        case S::Success:
            return QCoreApplication::translate("kefu::Labels", "退款成功");
    }
    return {};
}

QString refundStatusShortLabel(RefundStatus s) {
    switch (s) {
        case S::WaitSellerAgree:
            return QCoreApplication::translate("kefu::Labels", "待卖家同意");
        case S::WaitBuyerReturnGoods:
            return QCoreApplication::translate("kefu::Labels", "待买家退货");
        case S::WaitSellerConfirmGoods:
            return QCoreApplication::translate("kefu::Labels", "待确认收货");
        case S::SellerRefuseBuyer:
            return QCoreApplication::translate("kefu::Labels", "已拒绝");
        case S::Closed:
            return QCoreApplication::translate("kefu::Labels", "退款关闭");
        case S::Success:
            return QCoreApplication::translate("kefu::Labels", "退款成功");
    }
    return {};
}

QList<RefundStatus> allRefundStatuses() {
    return {S::WaitSellerAgree, S::WaitBuyerReturnGoods, S::WaitSellerConfirmGoods, S::SellerRefuseBuyer, S::Closed,
            S::Success};
}

bool RefundTransitions::isLegal(AfterSaleType type, RefundStatus from, RefundStatus to) {
    const bool goods = goodsComeBack(type);
    for (const Transition& t : kTransitions) {
        if (t.goodsComeBack == goods && t.from == from && t.to == to) {
            return true;
        }
    }
    return false;
}

QList<RefundStatus> RefundTransitions::next(AfterSaleType type, RefundStatus from) {
    QList<RefundStatus> result;
    for (const RefundStatus to : allRefundStatuses()) {
        if (isLegal(type, from, to)) {
            result.append(to);
        }
    }
    return result;
}

bool RefundTransitions::isFinal(RefundStatus s) {
    return s == S::Closed || s == S::Success;
}

}  // namespace kefu
