#pragma once

#include "core/Product.h"
#include "core/Result.h"
#include "store/ProductHit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace kefu {

class Database;
class StatementCache;

// A product's lowest and highest SKU price, for "¥79.00–¥89.00" in result lists.
struct PriceRange {
    Money low;
    Money high;
    bool operator==(const PriceRange&) const = default;
};

// Just enough to build an in-memory lookup over every title (pinyin initials).
struct ProductTitle {
    qint64 id = 0;
    QString title;
};

// The catalogue: products with attributes, SKUs, size chart and 搭配 relations, and the full-text index agents
// search when a buyer names or describes an item. Write statements are prepared once per repository, so bulk
// loading many products inside one outer Database::transaction stays cheap. Destroy it before its Database.
class ProductRepository {
public:
    explicit ProductRepository(Database& db);
    ~ProductRepository();
    ProductRepository(const ProductRepository&) = delete;
    ProductRepository& operator=(const ProductRepository&) = delete;

    // The whole aggregate in one transaction (ids in the argument are ignored); returns the new product id.
    // relatedProductIds must name stored products. A duplicate num_iid or sku id is ErrorCode::Constraint and
    // leaves nothing behind.
    Result<qint64> add(const Product& product);
    // Replaces the aggregate of product.id (NotFound if absent). SKUs are matched by their Taobao sku id, so a kept
    // SKU keeps its row id (order lines point at it); SKUs missing from `product` are deleted.
    Status update(const Product& product);
    // Replaces the 搭配推荐 list, in the given order (for relations added once all products exist).
    Status setRelated(qint64 productId, const QList<qint64>& relatedIds);
    Status setStock(qint64 skuRowId, int stock);  // NotFound, InvalidInput when negative

    Result<Product> find(qint64 id) const;                      // NotFound
    Result<Product> findByNumIid(const QString& numIid) const;  // NotFound
    // Title, category, attribute values, SKU spec values and merchant codes (FtsText::catalogueMatchExpression),
    // ranked by each query word's hits in the title (weighted 10) and in the rest (1), then by id; when whole words
    // fill fewer than `limit`, matches of a short unfinished last word ("12" → 120) follow. The ranking
    // covers the first 2,000 matches in catalogue order: every match of a specific query, and a bounded sample of a
    // word nearly every product has (a size, 女装), so no query costs more than a few milliseconds at 100k
    // products. An empty or unsearchable query gives an empty list.
    Result<QList<ProductHit>> search(const QString& query, int limit = 20) const;
    // Catalogue order (id ascending), keyset paging: pass the last id of the previous page.
    Result<QList<ProductHit>> listPage(std::optional<qint64> afterId, int limit) const;
    Result<int> count() const;

    // Products whose attribute `name` (面料) or SKU spec `name` (颜色, 尺码) contains `value` (纯棉, 黑色, xl: ASCII
    // case ignored): the first `limit` in catalogue order, those that also name the value in the title first. The
    // FTS index narrows the candidates (at most 1,000 are checked), so it stays bounded at any catalogue size.
    // Empty name or value → empty list.
    Result<QList<ProductHit>> searchByAttribute(const QString& name, const QString& value, int limit = 20) const;
    // The hits for these ids, in the given order; ids that are not stored are skipped.
    Result<QList<ProductHit>> hits(const QList<qint64>& ids) const;
    // SKU price ranges of these products (a product without SKUs gets its listed price for both ends).
    Result<QHash<qint64, PriceRange>> priceRanges(const QList<qint64>& ids) const;
    // Ids and titles in id order, keyset-paged, for building a lookup on a worker.
    Result<QList<ProductTitle>> titles(std::optional<qint64> afterId, int limit) const;

private:
    Status insertChildren(qint64 productId, const Product& product);
    Status insertRelated(qint64 productId, const QList<qint64>& relatedIds);
    Status upsertSkus(qint64 productId, const QList<Sku>& skus, bool fresh);
    Status writeFts(qint64 productId, const Product& product, bool remove);
    Status loadChildren(Product& product) const;
    Result<QList<ProductHit>> searchMatch(const QString& match, int limit) const;
    // Runs a search whose columns are kHitColumns and then the rank.
    Result<QList<ProductHit>> rankedHits(const QString& sql, const QVariantList& values) const;
    Status ensureRank() const;  // registers the rank function on this connection, once per repository

    Database& m_db;
    std::unique_ptr<StatementCache> m_statements;
    mutable bool m_rankRegistered = false;
};

}  // namespace kefu
