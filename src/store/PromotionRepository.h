#pragma once

#include "core/Promotion.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <QtGlobal>

#include <optional>

namespace kefu {

class Database;

// Shop promotions (满减, 折扣, 赠品) with their validity window and, optionally, the products they are limited to.
class PromotionRepository {
public:
    explicit PromotionRepository(Database& db);

    // Stores the promotion and its product list in one transaction; returns the new id. An empty name or a window
    // that ends before it starts is InvalidInput; an unknown product id is Constraint.
    Result<qint64> add(const Promotion& promotion);
    // Promotions whose window holds atMs (start inclusive, end exclusive), by start time then id. With a product:
    // the shop-wide ones plus those naming it; without: every active promotion.
    Result<QList<Promotion>> activeAt(qint64 atMs, std::optional<qint64> productId = {}) const;
    Result<QList<Promotion>> list() const;  // newest start first, then id
    Status remove(qint64 id);               // NotFound

private:
    Result<QList<Promotion>> load(const QString& sql, const QVariantList& values) const;

    Database& m_db;
};

}  // namespace kefu
