#pragma once

#include "core/Money.h"
#include "core/RefundStatus.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kefu {

struct AfterSaleEvent {
    qint64 atMs = 0;
    std::optional<RefundStatus> fromStatus;  // empty for the creation event
    RefundStatus toStatus = RefundStatus::WaitSellerAgree;
    QString actor;  // buyer nick, agent nick or 系统
    QString note;
    bool operator==(const AfterSaleEvent&) const = default;
};

// 售后: a refund, return, exchange or repair request on one order line.
struct AfterSaleCase {
    qint64 id = 0;
    QString refundId;  // Taobao refund id, a digit string
    QString tid;
    QString oid;
    qint64 customerId = 0;
    AfterSaleType type = AfterSaleType::RefundOnly;
    QString reason;  // 尺码不合适, 质量问题, 七天无理由 …
    Money amount;
    RefundStatus status = RefundStatus::WaitSellerAgree;
    std::optional<qint64> handlerAgentId;
    QString returnCompany;
    QString returnTrackingNumber;
    QString warehouseNote;  // what the warehouse must know when the parcel comes back
    qint64 createdAtMs = 0;
    qint64 modifiedAtMs = 0;
    QList<AfterSaleEvent> timeline;  // oldest first
};

}  // namespace kefu
