#include "store/PromotionRepository.h"

#include "store/Database.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QString loadFailed() {
    return QCoreApplication::translate("kefu::Store", "读取促销活动失败");
}

QString saveFailed() {
    return QCoreApplication::translate("kefu::Store", "保存促销活动失败");
}

const QString kColumns =
    u"SELECT p.id, p.name, p.type, p.threshold_fen, p.reduction_fen, p.stacking, p.discount_permille, "
    "p.gift_description, p.starts_at_ms, p.ends_at_ms FROM promotion p "_s;

Promotion promotionFromQuery(const QSqlQuery& query) {
    Promotion promotion;
    promotion.id = query.value(0).toLongLong();
    promotion.name = query.value(1).toString();
    promotion.type = promotionTypeFromKey(query.value(2).toString()).value_or(PromotionType::FullReduction);
    promotion.threshold = Money::fromFen(query.value(3).toLongLong());
    promotion.reduction = Money::fromFen(query.value(4).toLongLong());
    promotion.stacking = query.value(5).toInt() != 0;
    promotion.discountPermille = query.value(6).toInt();
    promotion.giftDescription = query.value(7).toString();
    promotion.startsAtMs = query.value(8).toLongLong();
    promotion.endsAtMs = query.value(9).toLongLong();
    return promotion;
}

}  // namespace

PromotionRepository::PromotionRepository(Database& db) : m_db(db) {}

Result<qint64> PromotionRepository::add(const Promotion& promotion) {
    if (promotion.name.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "活动名称不能为空"), {}};
    }
    if (promotion.endsAtMs <= promotion.startsAtMs) {
        return Error{
            ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "活动结束时间必须晚于开始时间"), {}};
    }
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        const QSqlDatabase db = m_db.connection();
        Result<QSqlQuery> insert = StatementCache::execOnce(
            db,
            u"INSERT INTO promotion (name, type, threshold_fen, reduction_fen, stacking, discount_permille, "
            "gift_description, starts_at_ms, ends_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {promotion.name, promotionTypeKey(promotion.type), promotion.threshold.fen(), promotion.reduction.fen(),
             promotion.stacking ? 1 : 0, promotion.discountPermille, promotion.giftDescription, promotion.startsAtMs,
             promotion.endsAtMs},
            saveFailed());
        if (!insert) {
            return insert.error();
        }
        id = insert->lastInsertId().toLongLong();
        for (qint64 productId : promotion.productIds) {
            Result<QSqlQuery> link = StatementCache::execOnce(
                db, u"INSERT INTO promotion_product (promotion_id, product_id) VALUES (?, ?)"_s, {id, productId},
                saveFailed());
            if (!link) {
                return link.error();
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return id;
}

Result<QList<Promotion>> PromotionRepository::activeAt(qint64 atMs, std::optional<qint64> productId) const {
    QString sql = kColumns + u"WHERE p.starts_at_ms <= ? AND p.ends_at_ms > ? "_s;
    QVariantList values{atMs, atMs};
    if (productId) {
        sql +=
            u"AND (NOT EXISTS (SELECT 1 FROM promotion_product pp WHERE pp.promotion_id = p.id) "
            "OR EXISTS (SELECT 1 FROM promotion_product pp WHERE pp.promotion_id = p.id AND pp.product_id = ?)) "_s;
        values.append(*productId);
    }
    return load(sql + u"ORDER BY p.starts_at_ms, p.id"_s, values);
}

Result<QList<Promotion>> PromotionRepository::list() const {
    return load(kColumns + u"ORDER BY p.starts_at_ms DESC, p.id"_s, {});
}

Status PromotionRepository::remove(qint64 id) {
    // promotion_product rows go with it (ON DELETE CASCADE).
    return StatementCache::execChanging(m_db.connection(), u"DELETE FROM promotion WHERE id = ?"_s, {id},
                                        QCoreApplication::translate("kefu::Store", "删除促销活动失败"),
                                        QCoreApplication::translate("kefu::Store", "促销活动不存在"));
}

Result<QList<Promotion>> PromotionRepository::load(const QString& sql, const QVariantList& values) const {
    const QSqlDatabase db = m_db.connection();
    Result<QSqlQuery> rows = StatementCache::execOnce(db, sql, values, loadFailed());
    if (!rows) {
        return rows.error();
    }
    QList<Promotion> promotions;
    QHash<qint64, qsizetype> indexById;
    while (rows->next()) {
        indexById.insert(rows->value(0).toLongLong(), promotions.size());
        promotions.append(promotionFromQuery(*rows));
    }
    rows->finish();
    if (promotions.isEmpty()) {
        return promotions;
    }
    // Promotions are few (tens), so one pass over all links beats a query per promotion.
    Result<QSqlQuery> links = StatementCache::execOnce(
        db, u"SELECT promotion_id, product_id FROM promotion_product ORDER BY promotion_id, product_id"_s, {},
        loadFailed());
    if (!links) {
        return links.error();
    }
    while (links->next()) {
        const auto it = indexById.constFind(links->value(0).toLongLong());
        if (it != indexById.constEnd()) {
            promotions[*it].productIds.append(links->value(1).toLongLong());
        }
    }
    return promotions;
}

}  // namespace kefu
