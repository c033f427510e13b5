#include "store/AfterSaleRepository.h"

#include "store/Database.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace kefu {

using namespace Qt::StringLiterals;

class AfterSaleRepository::Statements : public StatementCache {
public:
    using StatementCache::StatementCache;
};

namespace {

QString readFailed() {
    return QCoreApplication::translate("kefu::Store", "读取售后单失败");
}

QString saveFailed() {
    return QCoreApplication::translate("kefu::Store", "保存售后单失败");
}

const QString kCaseColumns =
    u"id, refund_id, tid, oid, customer_id, type, reason, amount_fen, status, handler_agent_id, return_company, "
    "return_tracking_number, warehouse_note, created_at_ms, modified_at_ms"_s;

Error notFound(const QString& what) {
    return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::Store", "找不到该售后单"),
                 u"no after-sale case "_s + what};
}

Error corrupt(const QString& detail) {
    return Error{ErrorCode::Corrupt, QCoreApplication::translate("kefu::Store", "售后单数据已损坏"), detail};
}

Error staleCase(qint64 id) {
    return Error{ErrorCode::Busy, QCoreApplication::translate("kefu::Store", "售后单已被他人处理，请刷新"),
                 u"after-sale case "_s + QString::number(id) + u" changed underneath"_s};
}

Result<AfterSaleCase> caseFromRow(const QSqlQuery& q) {
    AfterSaleCase c;
    c.id = q.value(0).toLongLong();
    c.refundId = q.value(1).toString();
    c.tid = q.value(2).toString();
    c.oid = q.value(3).toString();
    c.customerId = q.value(4).toLongLong();
    const auto type = afterSaleTypeFromKey(q.value(5).toString());
    const auto status = refundStatusFromName(q.value(8).toString());
    if (!type || !status) {
        return corrupt(u"case "_s + QString::number(c.id) + u" has type/status "_s + q.value(5).toString() + u"/"_s +
                       q.value(8).toString());
    }
    c.type = *type;
    c.reason = q.value(6).toString();
    c.amount = Money::fromFen(q.value(7).toLongLong());
    c.status = *status;
    if (!q.value(9).isNull()) {
        c.handlerAgentId = q.value(9).toLongLong();
    }
    c.returnCompany = q.value(10).toString();
    c.returnTrackingNumber = q.value(11).toString();
    c.warehouseNote = q.value(12).toString();
    c.createdAtMs = q.value(13).toLongLong();
    c.modifiedAtMs = q.value(14).toLongLong();
    return c;
}

Result<QList<AfterSaleCase>> readCases(QSqlQuery* q) {
    QList<AfterSaleCase> cases;
    while (q->next()) {
        auto c = caseFromRow(*q);
        if (!c) {
            q->finish();
            return c.error();
        }
        cases.append(std::move(c).value());
    }
    q->finish();
    return cases;
}

}  // namespace

AfterSaleRepository::AfterSaleRepository(Database& db)
    : m_db(db), m_statements(std::make_unique<Statements>(db.connection())) {}

AfterSaleRepository::~AfterSaleRepository() = default;

Result<qint64> AfterSaleRepository::create(AfterSaleCase c, const QString& actor, const QString& note) {
    if (c.amount < Money()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "退款金额不能为负数"),
                     u"negative amount"_s};
    }
    if (c.modifiedAtMs == 0) {
        c.modifiedAtMs = c.createdAtMs;
    }
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto payment = m_statements->exec(u"SELECT payment_fen FROM trade WHERE tid = ?"_s, {c.tid}, saveFailed());
        if (!payment) {
            return payment.error();
        }
        QSqlQuery* p = *payment;
        const bool tradeExists = p->next();
        const Money paid = tradeExists ? Money::fromFen(p->value(0).toLongLong()) : Money();
        p->finish();
        if (!tradeExists) {
            return Error{ErrorCode::Constraint,
                         QCoreApplication::translate("kefu::Store", "订单 %1 不存在，不能登记售后").arg(c.tid),
                         u"after-sale case for unknown trade "_s + c.tid};
        }
        if (c.amount > paid) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("kefu::Store", "退款金额不能超过实付金额"),
                         u"amount "_s + c.amount.toYuanString() + u" > payment "_s + paid.toYuanString()};
        }
        static const QString insertCase = u"INSERT INTO after_sale_case ("_s + kCaseColumns +
                                          u") VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        auto inserted = m_statements->exec(
            insertCase,
            {c.refundId, c.tid, c.oid, c.customerId, afterSaleTypeKey(c.type), c.reason, c.amount.fen(),
             refundStatusName(c.status),
             c.handlerAgentId ? QVariant(*c.handlerAgentId) : QVariant(QMetaType::fromType<qint64>()), c.returnCompany,
             c.returnTrackingNumber, c.warehouseNote, c.createdAtMs, c.modifiedAtMs},
            saveFailed());
        if (!inserted) {
            return inserted.error();
        }
        id = (*inserted)->lastInsertId().toLongLong();
        return appendEvent(id, AfterSaleEvent{c.createdAtMs, std::nullopt, c.status, actor, note});
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Status AfterSaleRepository::appendEvent(qint64 caseId, const AfterSaleEvent& e) {
    auto inserted = m_statements->exec(
        u"INSERT INTO after_sale_event (case_id, position, at_ms, from_status, to_status, actor, note) "
        "SELECT ?, COALESCE(MAX(position) + 1, 0), ?, ?, ?, ?, ? FROM after_sale_event WHERE case_id = ?"_s,
        {caseId, e.atMs,
         e.fromStatus ? QVariant(refundStatusName(*e.fromStatus)) : QVariant(QMetaType::fromType<QString>()),
         refundStatusName(e.toStatus), e.actor, e.note, caseId},
        saveFailed());
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

Result<AfterSaleCase> AfterSaleRepository::find(qint64 id) {
    static const QString sql = u"SELECT "_s + kCaseColumns + u" FROM after_sale_case WHERE id = ?"_s;
    return findOne(sql, id, QString::number(id));
}

Result<AfterSaleCase> AfterSaleRepository::findByRefundId(const QString& refundId) {
    static const QString sql = u"SELECT "_s + kCaseColumns + u" FROM after_sale_case WHERE refund_id = ?"_s;
    return findOne(sql, refundId, u"refund "_s + refundId);
}

Result<AfterSaleCase> AfterSaleRepository::findOne(const QString& sql, const QVariant& key, const QString& what) {
    auto q = m_statements->exec(sql, {key}, readFailed());
    if (!q) {
        return q.error();
    }
    auto cases = readCases(*q);
    if (!cases) {
        return cases.error();
    }
    if (cases->isEmpty()) {
        return notFound(what);
    }
    AfterSaleCase c = cases->first();
    auto timeline = m_statements->exec(
        u"SELECT at_ms, from_status, to_status, actor, note FROM after_sale_event WHERE case_id = ? "
        "ORDER BY position"_s,
        {c.id}, readFailed());
    if (!timeline) {
        return timeline.error();
    }
    QSqlQuery* t = *timeline;
    while (t->next()) {
        AfterSaleEvent e;
        e.atMs = t->value(0).toLongLong();
        if (!t->value(1).isNull()) {
            e.fromStatus = refundStatusFromName(t->value(1).toString());
        }
        const auto to = refundStatusFromName(t->value(2).toString());
        if (!to) {
            t->finish();
            return corrupt(u"event status "_s + t->value(2).toString());
        }
        e.toStatus = *to;
        e.actor = t->value(3).toString();
        e.note = t->value(4).toString();
        c.timeline.append(e);
    }
    t->finish();
    return c;
}

Result<QList<AfterSaleCase>> AfterSaleRepository::listByStatus(RefundStatus status, int limit) {
    static const QString sql =
        u"SELECT "_s + kCaseColumns +
        u" FROM after_sale_case WHERE status = ? ORDER BY modified_at_ms DESC, id DESC LIMIT ?"_s;
    auto q = m_statements->exec(sql, {refundStatusName(status), qMax(0, limit)}, readFailed());
    if (!q) {
        return q.error();
    }
    return readCases(*q);
}

Result<QList<AfterSaleCase>> AfterSaleRepository::listForCustomer(qint64 customerId) {
    static const QString sql = u"SELECT "_s + kCaseColumns +
                               u" FROM after_sale_case WHERE customer_id = ? ORDER BY created_at_ms DESC, id DESC"_s;
    auto q = m_statements->exec(sql, {customerId}, readFailed());
    if (!q) {
        return q.error();
    }
    return readCases(*q);
}

Result<QList<AfterSaleCase>> AfterSaleRepository::listForTrade(const QString& tid) {
    static const QString sql =
        u"SELECT "_s + kCaseColumns + u" FROM after_sale_case WHERE tid = ? ORDER BY created_at_ms DESC, id DESC"_s;
    auto q = m_statements->exec(sql, {tid}, readFailed());
    if (!q) {
        return q.error();
    }
    return readCases(*q);
}

const QString AfterSaleRepository::kPlatformActor = u"平台"_s;

Result<bool> AfterSaleRepository::applyPlatformUpdate(const AfterSaleCase& c) {
    bool stored = false;
    Status done = m_db.transaction([&]() -> Status {
        auto current =
            m_statements->exec(u"SELECT id, status, modified_at_ms FROM after_sale_case WHERE refund_id = ?"_s,
                               {c.refundId}, readFailed());
        if (!current) {
            return current.error();
        }
        QSqlQuery* q = *current;
        const bool found = q->next();
        const qint64 id = found ? q->value(0).toLongLong() : 0;
        const auto from = found ? refundStatusFromName(q->value(1).toString()) : std::nullopt;
        const qint64 modifiedAtMs = found ? q->value(2).toLongLong() : 0;
        q->finish();
        if (!found) {
            auto created = create(c, kPlatformActor);
            stored = created.ok();
            return created ? Status{} : Status{created.error()};
        }
        if (!from) {
            return corrupt(u"case "_s + QString::number(id));
        }
        if (modifiedAtMs > c.modifiedAtMs) {
            return {};  // a late update: the stored one is newer
        }
        auto updated = m_statements->exec(
            u"UPDATE after_sale_case SET status = ?, amount_fen = ?, reason = COALESCE(NULLIF(?, ''), reason), "
            "modified_at_ms = ? WHERE id = ?"_s,
            {refundStatusName(c.status), c.amount.fen(), c.reason, c.modifiedAtMs, id}, saveFailed());
        if (!updated) {
            return updated.error();
        }
        stored = true;
        if (*from == c.status) {
            return {};
        }
        return appendEvent(id, AfterSaleEvent{c.modifiedAtMs, *from, c.status, kPlatformActor, QString()});
    });
    if (!done) {
        return done.error();
    }
    return stored;
}

Status AfterSaleRepository::transition(qint64 id, RefundStatus to, const QString& actor, const QString& note,
                                       qint64 atMs, std::optional<RefundStatus> expectedFrom) {
    return m_db.transaction([&]() -> Status {
        auto current =
            m_statements->exec(u"SELECT type, status FROM after_sale_case WHERE id = ?"_s, {id}, readFailed());
        if (!current) {
            return current.error();
        }
        QSqlQuery* q = *current;
        const bool found = q->next();
        const auto type = found ? afterSaleTypeFromKey(q->value(0).toString()) : std::nullopt;
        const auto from = found ? refundStatusFromName(q->value(1).toString()) : std::nullopt;
        q->finish();
        if (!found) {
            return notFound(QString::number(id));
        }
        if (!type || !from) {
            return corrupt(u"case "_s + QString::number(id));
        }
        if (expectedFrom && *expectedFrom != *from) {
            return staleCase(id);
        }
        if (!RefundTransitions::isLegal(*type, *from, to)) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("kefu::Store", "售后单当前为「%1」，不能改为「%2」")
                             .arg(refundStatusLabel(*from), refundStatusLabel(to)),
                         refundStatusName(*from) + u" -> "_s + refundStatusName(to) + u" is not legal for "_s +
                             afterSaleTypeKey(*type)};
        }
        // Guarded by the status just read, so a writer on another connection cannot be overwritten silently.
        auto updated = m_statements->exec(
            u"UPDATE after_sale_case SET status = ?, modified_at_ms = ? WHERE id = ? AND status = ?"_s,
            {refundStatusName(to), atMs, id, refundStatusName(*from)}, saveFailed());
        if (!updated) {
            return updated.error();
        }
        if ((*updated)->numRowsAffected() != 1) {
            return staleCase(id);
        }
        return appendEvent(id, AfterSaleEvent{atMs, *from, to, actor, note});
    });
}

Status AfterSaleRepository::updateOne(const QString& sql, const QVariantList& values, qint64 id) {
    auto updated = m_statements->exec(sql, values, saveFailed());
    if (!updated) {
        return updated.error();
    }
    if ((*updated)->numRowsAffected() != 1) {
        return notFound(QString::number(id));
    }
    return {};
}

Status AfterSaleRepository::setWarehouseNote(qint64 id, const QString& note) {
    return updateOne(u"UPDATE after_sale_case SET warehouse_note = ? WHERE id = ?"_s, {note, id}, id);
}

Status AfterSaleRepository::setReturnShipment(qint64 id, const QString& company, const QString& trackingNumber) {
    if (company.trimmed().isEmpty() || trackingNumber.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "请填写退货物流公司和运单号"),
                     u"empty return shipment"_s};
    }
    return updateOne(u"UPDATE after_sale_case SET return_company = ?, return_tracking_number = ? WHERE id = ?"_s,
                     {company.trimmed(), trackingNumber.trimmed(), id}, id);
}

Status AfterSaleRepository::assignHandler(qint64 id, std::optional<qint64> agentId) {
    return updateOne(u"UPDATE after_sale_case SET handler_agent_id = ? WHERE id = ?"_s,
                     {agentId ? QVariant(*agentId) : QVariant(QMetaType::fromType<qint64>()), id}, id);
}

Result<int> AfterSaleRepository::count() {
    return m_statements->scalarInt(u"SELECT COUNT(*) FROM after_sale_case"_s, {}, readFailed());
}

Result<QMap<RefundStatus, int>> AfterSaleRepository::countByStatus() {
    return m_statements->countsByKey<RefundStatus>(u"SELECT status, COUNT(*) FROM after_sale_case GROUP BY status"_s,
                                                   &refundStatusFromName, readFailed());
}

}  // namespace kefu
