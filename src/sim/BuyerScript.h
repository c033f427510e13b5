#pragma once

#include "core/Conversation.h"
#include "core/Message.h"
#include "core/Money.h"
#include "core/RefundStatus.h"
#include "core/TradeStatus.h"

#include <QList>
#include <QString>

namespace kefu {

// One thing a simulated buyer does. Order and refund steps make the gateway publish order.updated / refund.updated
// for the script's order, as the platform would when the buyer acts in the Taobao app.
struct BuyerStep {
    enum class Action { Say, OrderUpdated, RefundOpened };
    Action action = Action::Say;
    MessageKind kind = MessageKind::Text;                 // Say
    QString body;                                         // Say: text, a product's numIid or the order's tid
    TradeStatus tradeStatus = TradeStatus::WaitBuyerPay;  // OrderUpdated: 拍下 (WAIT_BUYER_PAY), 付款 …
    bool awaitsReply = false;                             // the buyer waits for the agent's answer before going on
    bool operator==(const BuyerStep&) const = default;
};

// A buyer and what they will say, built by BuyerLibrary from a seeded random source.
struct BuyerScript {
    QString topic;  // "size", "fade", "shipping", "logistics", "refund", "order"
    QString buyerNick;
    Channel channel = Channel::Tmall;
    QString tid;  // the buyer's order (placed during the script, or an earlier one the script complains about)
    QString oid;
    Money payment;
    QString refundId;
    AfterSaleType refundType = AfterSaleType::ReturnAndRefund;
    QString refundReason;
    QList<BuyerStep> steps;

    int questionCount() const;
    bool operator==(const BuyerScript&) const = default;
};

}  // namespace kefu
