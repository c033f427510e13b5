#pragma once

#include "core/AfterSaleCase.h"
#include "core/RefundStatus.h"
#include "core/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace kefu {

class Database;

// After-sales cases (售后单) and their status timeline. Every status change goes through transition(), which
// enforces RefundTransitions and records who did it. Destroy the repository before its Database.
class AfterSaleRepository {
public:
    explicit AfterSaleRepository(Database& db);
    ~AfterSaleRepository();
    AfterSaleRepository(const AfterSaleRepository&) = delete;
    AfterSaleRepository& operator=(const AfterSaleRepository&) = delete;

    // Inserts the case and its creation event (no from-status → c.status, at c.createdAtMs) in one transaction.
    // c.id and c.timeline are ignored; modifiedAtMs defaults to createdAtMs when 0. Errors: Constraint when the
    // trade does not exist or the refund id is taken; InvalidInput when the amount exceeds the order's payment.
    // `note` is kept on the creation event (what the agent wrote when registering the case).
    Result<qint64> create(AfterSaleCase c, const QString& actor, const QString& note = QString());
    Result<AfterSaleCase> find(qint64 id);  // with the timeline, oldest first
    Result<AfterSaleCase> findByRefundId(const QString& refundId);
    // Lists carry no timeline (find() loads it). Most recently modified first.
    Result<QList<AfterSaleCase>> listByStatus(RefundStatus status, int limit);
    Result<QList<AfterSaleCase>> listForCustomer(qint64 customerId);  // newest first
    Result<QList<AfterSaleCase>> listForTrade(const QString& tid);    // newest first

    // Moves the case to `to` and appends the event, in one transaction. InvalidInput when RefundTransitions
    // forbids it (the message names both statuses). Busy ("已被他人处理") when the case is no longer in
    // `expectedFrom` — the status the agent was looking at — or changed between the read and the write.
    Status transition(qint64 id, RefundStatus to, const QString& actor, const QString& note, qint64 atMs,
                      std::optional<RefundStatus> expectedFrom = std::nullopt);
    // The platform's refund.updated (live channel), by c.refundId: an unknown refund is created (see create());
    // a known one takes the amount, reason and modified time, and a new status is recorded as a transition by
    // kPlatformActor without RefundTransitions' check (the platform's status is the truth). An update older than
    // the stored modified time is ignored: returns false; true when stored.
    Result<bool> applyPlatformUpdate(const AfterSaleCase& c);
    static const QString kPlatformActor;  // 平台
    Status setWarehouseNote(qint64 id, const QString& note);
    Status setReturnShipment(qint64 id, const QString& company, const QString& trackingNumber);
    Status assignHandler(qint64 id, std::optional<qint64> agentId);  // nullopt unassigns
    Result<int> count();
    // How many cases are in each refund status (statuses with none are absent).
    Result<QMap<RefundStatus, int>> countByStatus();

private:
    class Statements;
    Status appendEvent(qint64 caseId, const AfterSaleEvent& event);
    Result<AfterSaleCase> findOne(const QString& sql, const QVariant& key, const QString& what);
    Status updateOne(const QString& sql, const QVariantList& values, qint64 id);

    Database& m_db;
    std::unique_ptr<Statements> m_statements;
};

}  // namespace kefu
