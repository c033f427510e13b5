#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace kefu {

enum class AfterSaleType { RefundOnly, ReturnAndRefund, Exchange, Repair };  // 仅退款 退货退款 换货 维修

// Taobao's refund status names (taobao.refunds.receive.get).
enum class RefundStatus {
    WaitSellerAgree,         // WAIT_SELLER_AGREE 买家已经申请退款，等待卖家同意
    WaitBuyerReturnGoods,    // WAIT_BUYER_RETURN_GOODS 卖家已经同意退款，等待买家退货
    WaitSellerConfirmGoods,  // WAIT_SELLER_CONFIRM_GOODS 买家已经退货，等待卖家确认收货
    SellerRefuseBuyer,       // SELLER_REFUSE_BUYER 卖家拒绝退款
    Closed,                  // CLOSED 退款关闭
    Success,                 // SUCCESS 退款成功
};

QString afterSaleTypeLabel(AfterSaleType t);
QString afterSaleTypeKey(AfterSaleType t);  // "refund_only", "return_refund", "exchange", "repair"
std::optional<AfterSaleType> afterSaleTypeFromKey(QStringView key);
QList<AfterSaleType> allAfterSaleTypes();
QString refundStatusName(RefundStatus s);  // "WAIT_SELLER_AGREE"
std::optional<RefundStatus> refundStatusFromName(QStringView name);
QString refundStatusLabel(RefundStatus s);
QString refundStatusShortLabel(RefundStatus s);  // 待卖家同意 待买家退货 待确认收货 已拒绝 退款关闭 退款成功
QList<RefundStatus> allRefundStatuses();

// The legal transitions of an after-sales case. A refund-only case never waits for goods; an exchange or repair
// "succeeds" when the replacement or repaired goods go back to the buyer.
class RefundTransitions {
public:
    static bool isLegal(AfterSaleType type, RefundStatus from, RefundStatus to);
    static QList<RefundStatus> next(AfterSaleType type, RefundStatus from);
    static bool isFinal(RefundStatus s);  // Closed, Success
};

}  // namespace kefu
