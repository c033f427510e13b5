#include "store/ProductRepository.h"

#include "store/Database.h"
#include "store/FtsText.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kMaxSearchLimit = 200;
constexpr double kTitleWeight = 10.0;
constexpr double kRestWeight = 1.0;
// How many matches, in catalogue order, a search ranks or an attribute search checks. Below it every match is
// considered; above it (a size or colour nearly every product has) the work stays bounded: ~1 µs per candidate.
constexpr int kCandidates = 2000;
// An attribute search reads each candidate's attribute and SKU rows (~4 µs), so it looks at fewer.
constexpr int kAttributeCandidates = 1000;

QString saveFailed() {
    return QCoreApplication::translate("kefu::Store", "保存商品失败");
}

QString loadFailed() {
    return QCoreApplication::translate("kefu::Store", "读取商品失败");
}

QString searchFailed() {
    return QCoreApplication::translate("kefu::Store", "搜索商品失败");
}

QString productNotFound() {
    return QCoreApplication::translate("kefu::Store", "商品不存在");
}

const QString kInsertProduct =
    u"INSERT INTO product (num_iid, title, category, price_fen, on_sale, selling_points) VALUES (?, ?, ?, ?, ?, ?)"_s;
const QString kUpdateProduct =
    u"UPDATE product SET num_iid = ?, title = ?, category = ?, price_fen = ?, on_sale = ?, selling_points = ? "
    "WHERE id = ?"_s;
const QString kInsertAttribute =
    u"INSERT INTO product_attribute (product_id, position, name, value) VALUES (?, ?, ?, ?)"_s;
const QString kInsertSku =
    u"INSERT INTO sku (product_id, sku_id, position, outer_id, spec_json, price_fen, stock) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
const QString kUpdateSku =
    u"UPDATE sku SET position = ?, outer_id = ?, spec_json = ?, price_fen = ?, stock = ? WHERE id = ?"_s;
const QString kInsertSizeRow =
    u"INSERT INTO size_chart_row (product_id, position, size, height_min, height_max, weight_min, weight_max, "
    "chest_min, chest_max, length_min, length_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertRelated =
    u"INSERT INTO product_related (product_id, related_product_id, position) VALUES (?, ?, ?)"_s;
const QString kInsertFts = u"INSERT INTO product_fts (rowid, title, attributes) VALUES (?, ?, ?)"_s;
const QString kDeleteFts =
    u"INSERT INTO product_fts (product_fts, rowid, title, attributes) VALUES ('delete', ?, ?, ?)"_s;

// The rank function searches order by, registered on each connection that searches (see ensureRankFunction).
constexpr char kRankFunction[] = "kefu_product_rank";

// bm25 without the inverse document frequency: for each query phrase, its hits in the title (weighted 10) and in the
// rest (1), saturating like bm25's term frequency. bm25 reads the whole doclist of every phrase before scoring the
// first row (8 ms for a word in all 100k products, even when the query's AND leaves three rows); this reads only the
// row's own positions, so a search costs what it returns. Every row of a search contains every phrase (AND), so
// the frequency bm25 adds would only have weighed which phrase hit the title.
void productRank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int, sqlite3_value**) {
    constexpr double k1 = 1.2;
    int instances = 0;
    if (const int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::vector<int> counts(std::size_t(api->xPhraseCount(fts)) * 2, 0);  // [phrase][title, rest]
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (const int rc = api->xInst(fts, i, &phrase, &column, &offset); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        ++counts[std::size_t(phrase) * 2 + (column == 0 ? 0 : 1)];
    }
    double score = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double tf = counts[i];
        score += (i % 2 == 0 ? kTitleWeight : kRestWeight) * tf * (k1 + 1) / (tf + k1);
    }
    sqlite3_result_double(context, score);
}

sqlite3* rawHandle(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

fts5_api* fts5Api(sqlite3* handle) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

// Registers the rank function on this connection unless it already is (registering again would pile up copies).
Status ensureRankFunction(const QSqlDatabase& db) {
    sqlite3* handle = rawHandle(db);
    if (handle == nullptr) {
        return Error{ErrorCode::Internal, searchFailed(), u"no SQLite handle"_s};
    }
    const QByteArray probe = "SELECT " + QByteArray(kRankFunction) + "(product_fts) FROM product_fts LIMIT 0";
    sqlite3_stmt* statement = nullptr;
    const int probed = sqlite3_prepare_v2(handle, probe.constData(), -1, &statement, nullptr);
    sqlite3_finalize(statement);
    if (probed == SQLITE_OK) {
        return {};
    }
    fts5_api* api = fts5Api(handle);
    if (api == nullptr || api->xCreateFunction(api, kRankFunction, nullptr, productRank, nullptr) != SQLITE_OK) {
        return Error{ErrorCode::Internal, searchFailed(), QString::fromUtf8(sqlite3_errmsg(handle))};
    }
    return {};
}

// The columns of a ProductHit, for a query over `product p`.
const QString kHitColumns =
    u"p.id, p.num_iid, p.title, p.price_fen, p.on_sale, "
    "(SELECT coalesce(sum(s.stock), 0) FROM sku s WHERE s.product_id = p.id)"_s;

QString specToJson(const QList<SpecValue>& spec) {
    QJsonArray array;
    for (const SpecValue& value : spec) {
        array.append(QJsonObject{{u"name"_s, value.name}, {u"value"_s, value.value}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// `text` as a JSON string literal, escaped exactly as specToJson writes it: "颜色" → "\"颜色\"".
QString jsonString(const QString& text) {
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

QList<SpecValue> specFromJson(const QString& json) {
    QList<SpecValue> spec;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& item : array) {
        const QJsonObject object = item.toObject();
        spec.append({object.value(u"name"_s).toString(), object.value(u"value"_s).toString()});
    }
    return spec;
}

QVariant optionalToVariant(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> optionalFromVariant(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

// What the index holds for a product. Also used to delete the old row, so it must depend only on stored fields.
struct FtsColumns {
    QString title;
    QString rest;
};

FtsColumns ftsColumns(const Product& product) {
    QStringList rest{product.category};
    for (const ProductAttribute& attribute : product.attributes) {
        rest.append(attribute.value);
    }
    // Buyers ask for "XL码" or quote a 货号; SKU specs and merchant codes make those findable.
    QSet<QString> seen;
    for (const Sku& sku : product.skus) {
        for (const SpecValue& value : sku.spec) {
            if (!seen.contains(value.value)) {
                seen.insert(value.value);
                rest.append(value.value);
            }
        }
        if (!sku.outerId.isEmpty()) {
            rest.append(sku.outerId);
        }
    }
    return {FtsText::indexTokens(product.title), FtsText::indexTokens(rest.join(u' '))};
}

Status validate(const Product& product) {
    if (product.numIid.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "商品ID不能为空"), {}};
    }
    if (product.title.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "商品标题不能为空"), {}};
    }
    for (const Sku& sku : product.skus) {
        if (sku.skuId.trimmed().isEmpty()) {
            return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "SKU ID不能为空"), {}};
        }
    }
    return {};
}

QVariantList productValues(const Product& product) {
    return {product.numIid,      product.title,          product.category,
            product.price.fen(), product.onSale ? 1 : 0, product.sellingPoints};
}

ProductHit hitFromQuery(const QSqlQuery& query) {
    ProductHit hit;
    hit.id = query.value(0).toLongLong();
    hit.numIid = query.value(1).toString();
    hit.title = query.value(2).toString();
    hit.price = Money::fromFen(query.value(3).toLongLong());
    hit.onSale = query.value(4).toInt() != 0;
    hit.totalStock = query.value(5).toInt();
    return hit;
}

// The ids as one JSON array, bound to a single `json_each(?)`: one prepared statement serves any number of ids
// (an IN list of placeholders would prepare a statement per count).
QString idArray(const QList<qint64>& ids) {
    QString json = u"["_s;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            json += u',';
        }
        json += QString::number(ids.at(i));
    }
    return json + u']';
}

}  // namespace

ProductRepository::ProductRepository(Database& db)
    : m_db(db), m_statements(std::make_unique<StatementCache>(db.connection())) {}

ProductRepository::~ProductRepository() = default;

Result<qint64> ProductRepository::add(const Product& product) {
    if (Status valid = validate(product); !valid) {
        return valid.error();
    }
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        Result<QSqlQuery*> insert = m_statements->exec(kInsertProduct, productValues(product), saveFailed());
        if (!insert) {
            return insert.error();
        }
        id = (*insert)->lastInsertId().toLongLong();
        (*insert)->finish();
        if (Status children = insertChildren(id, product); !children) {
            return children;
        }
        if (Status skus = upsertSkus(id, product.skus, true); !skus) {
            return skus;
        }
        return writeFts(id, product, false);
    });
    if (!status) {
        return status.error();
    }
    return id;
}

Status ProductRepository::update(const Product& product) {
    if (Status valid = validate(product); !valid) {
        return valid;
    }
    return m_db.transaction([&]() -> Status {
        const Result<Product> old = find(product.id);
        if (!old) {
            return old.error();
        }
        if (Status removed = writeFts(product.id, *old, true); !removed) {
            return removed;
        }
        QVariantList values = productValues(product);
        values.append(product.id);
        Result<QSqlQuery*> updated = m_statements->exec(kUpdateProduct, values, saveFailed());
        if (!updated) {
            return updated.error();
        }
        (*updated)->finish();
        for (const QString& table : {u"product_attribute"_s, u"size_chart_row"_s, u"product_related"_s}) {
            Result<QSqlQuery*> cleared =
                m_statements->exec(u"DELETE FROM "_s + table + u" WHERE product_id = ?"_s, {product.id}, saveFailed());
            if (!cleared) {
                return cleared.error();
            }
            (*cleared)->finish();
        }
        if (Status children = insertChildren(product.id, product); !children) {
            return children;
        }
        if (Status skus = upsertSkus(product.id, product.skus, false); !skus) {
            return skus;
        }
        return writeFts(product.id, product, false);
    });
}

Status ProductRepository::insertChildren(qint64 productId, const Product& product) {
    int position = 0;
    for (const ProductAttribute& attribute : product.attributes) {
        Result<QSqlQuery*> query = m_statements->exec(
            kInsertAttribute, {productId, position++, attribute.name, attribute.value}, saveFailed());
        if (!query) {
            return query.error();
        }
        (*query)->finish();
    }
    position = 0;
    for (const SizeChartRow& row : product.sizeChart.rows) {
        const QVariantList values{productId,
                                  position++,
                                  row.size,
                                  optionalToVariant(row.heightCm.min),
                                  optionalToVariant(row.heightCm.max),
                                  optionalToVariant(row.weightKg.min),
                                  optionalToVariant(row.weightKg.max),
                                  optionalToVariant(row.chestCm.min),
                                  optionalToVariant(row.chestCm.max),
                                  optionalToVariant(row.lengthCm.min),
                                  optionalToVariant(row.lengthCm.max)};
        Result<QSqlQuery*> query = m_statements->exec(kInsertSizeRow, values, saveFailed());
        if (!query) {
            return query.error();
        }
        (*query)->finish();
    }
    return insertRelated(productId, product.relatedProductIds);
}

Status ProductRepository::insertRelated(qint64 productId, const QList<qint64>& relatedIds) {
    int position = 0;
    for (qint64 relatedId : relatedIds) {
        Result<QSqlQuery*> query = m_statements->exec(kInsertRelated, {productId, relatedId, position++}, saveFailed());
        if (!query) {
            return query.error();
        }
        (*query)->finish();
    }
    return {};
}

Status ProductRepository::upsertSkus(qint64 productId, const QList<Sku>& skus, bool fresh) {
    QHash<QString, qint64> existing;  // Taobao sku id → row id
    if (!fresh) {
        Result<QSqlQuery> query = StatementCache::execOnce(
            m_db.connection(), u"SELECT sku_id, id FROM sku WHERE product_id = ?"_s, {productId}, saveFailed());
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            existing.insert(query->value(0).toString(), query->value(1).toLongLong());
        }
    }
    int position = 0;
    for (const Sku& sku : skus) {
        const QString spec = specToJson(sku.spec);
        const auto kept = existing.constFind(sku.skuId);
        Result<QSqlQuery*> query =
            kept != existing.constEnd()
                ? m_statements->exec(kUpdateSku, {position, sku.outerId, spec, sku.price.fen(), sku.stock, *kept},
                                     saveFailed())
                : m_statements->exec(kInsertSku,
                                     {productId, sku.skuId, position, sku.outerId, spec, sku.price.fen(), sku.stock},
                                     saveFailed());
        if (!query) {
            return query.error();
        }
        (*query)->finish();
        existing.remove(sku.skuId);
        ++position;
    }
    for (qint64 staleId : std::as_const(existing)) {
        Result<QSqlQuery*> query = m_statements->exec(u"DELETE FROM sku WHERE id = ?"_s, {staleId}, saveFailed());
        if (!query) {
            return query.error();
        }
        (*query)->finish();
    }
    return {};
}

Status ProductRepository::writeFts(qint64 productId, const Product& product, bool remove) {
    const FtsColumns columns = ftsColumns(product);
    Result<QSqlQuery*> query =
        m_statements->exec(remove ? kDeleteFts : kInsertFts, {productId, columns.title, columns.rest}, saveFailed());
    if (!query) {
        return query.error();
    }
    (*query)->finish();
    return {};
}

Status ProductRepository::setRelated(qint64 productId, const QList<qint64>& relatedIds) {
    return m_db.transaction([&]() -> Status {
        Result<QSqlQuery> exists = StatementCache::execOnce(m_db.connection(), u"SELECT 1 FROM product WHERE id = ?"_s,
                                                            {productId}, saveFailed());
        if (!exists) {
            return exists.error();
        }
        if (!exists->next()) {
            return Error{ErrorCode::NotFound, productNotFound(), QString::number(productId)};
        }
        exists->finish();
        Result<QSqlQuery*> cleared =
            m_statements->exec(u"DELETE FROM product_related WHERE product_id = ?"_s, {productId}, saveFailed());
        if (!cleared) {
            return cleared.error();
        }
        (*cleared)->finish();
        return insertRelated(productId, relatedIds);
    });
}

Status ProductRepository::setStock(qint64 skuRowId, int stock) {
    if (stock < 0) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "库存不能为负数"),
                     QString::number(stock)};
    }
    return StatementCache::execChanging(m_db.connection(), u"UPDATE sku SET stock = ? WHERE id = ?"_s,
                                        {stock, skuRowId}, QCoreApplication::translate("kefu::Store", "修改库存失败"),
                                        QCoreApplication::translate("kefu::Store", "SKU不存在"));
}

Result<Product> ProductRepository::find(qint64 id) const {
    const QSqlDatabase db = m_db.connection();
    Result<QSqlQuery> row = StatementCache::execOnce(
        db, u"SELECT num_iid, title, category, price_fen, on_sale, selling_points FROM product WHERE id = ?"_s, {id},
        loadFailed());
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return Error{ErrorCode::NotFound, productNotFound(), QString::number(id)};
    }
    Product product;
    product.id = id;
    product.numIid = row->value(0).toString();
    product.title = row->value(1).toString();
    product.category = row->value(2).toString();
    product.price = Money::fromFen(row->value(3).toLongLong());
    product.onSale = row->value(4).toInt() != 0;
    product.sellingPoints = row->value(5).toString();
    row->finish();
    if (Status children = loadChildren(product); !children) {
        return children.error();
    }
    return product;
}

Status ProductRepository::loadChildren(Product& product) const {
    const QSqlDatabase db = m_db.connection();
    Result<QSqlQuery> attributes = StatementCache::execOnce(
        db, u"SELECT name, value FROM product_attribute WHERE product_id = ? ORDER BY position"_s, {product.id},
        loadFailed());
    if (!attributes) {
        return attributes.error();
    }
    while (attributes->next()) {
        product.attributes.append({attributes->value(0).toString(), attributes->value(1).toString()});
    }
    Result<QSqlQuery> skus = StatementCache::execOnce(
        db,
        u"SELECT id, sku_id, outer_id, spec_json, price_fen, stock FROM sku WHERE product_id = ? "
        "ORDER BY position, id"_s,
        {product.id}, loadFailed());
    if (!skus) {
        return skus.error();
    }
    while (skus->next()) {
        Sku sku;
        sku.id = skus->value(0).toLongLong();
        sku.productId = product.id;
        sku.skuId = skus->value(1).toString();
        sku.outerId = skus->value(2).toString();
        sku.spec = specFromJson(skus->value(3).toString());
        sku.price = Money::fromFen(skus->value(4).toLongLong());
        sku.stock = skus->value(5).toInt();
        product.skus.append(sku);
    }
    Result<QSqlQuery> rows = StatementCache::execOnce(
        db,
        u"SELECT size, height_min, height_max, weight_min, weight_max, chest_min, chest_max, length_min, length_max "
        "FROM size_chart_row WHERE product_id = ? ORDER BY position"_s,
        {product.id}, loadFailed());
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
        const auto range = [&](int column) {
            return SizeRange{optionalFromVariant(rows->value(column)), optionalFromVariant(rows->value(column + 1))};
        };
        product.sizeChart.rows.append({rows->value(0).toString(), range(1), range(3), range(5), range(7)});
    }
    Result<QSqlQuery> related = StatementCache::execOnce(
        db, u"SELECT related_product_id FROM product_related WHERE product_id = ? ORDER BY position"_s, {product.id},
        loadFailed());
    if (!related) {
        return related.error();
    }
    while (related->next()) {
        product.relatedProductIds.append(related->value(0).toLongLong());
    }
    return {};
}

Result<Product> ProductRepository::findByNumIid(const QString& numIid) const {
    Result<QSqlQuery> query = StatementCache::execOnce(m_db.connection(), u"SELECT id FROM product WHERE num_iid = ?"_s,
                                                       {numIid}, loadFailed());
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error{ErrorCode::NotFound, productNotFound(), numIid};
    }
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    return find(id);
}

Result<QList<ProductHit>> ProductRepository::search(const QString& query, int limit) const {
    limit = qMin(limit, kMaxSearchLimit);
    const QString whole = FtsText::catalogueMatchExpression(query);
    if (whole.isEmpty() || limit <= 0) {
        return QList<ProductHit>{};
    }
    if (Status rank = ensureRank(); !rank) {
        return rank.error();
    }
    Result<QList<ProductHit>> hits = searchMatch(whole, limit);
    const QString loose = FtsText::catalogueMatchExpression(query, true);
    if (!hits || hits->size() >= limit || loose == whole) {
        return hits;
    }
    // Whole words left room: a word still being typed ("石膏板12" for 120) may finish as a longer one. These come
    // after the whole-word matches; a size or year prefix is only expanded when whole words did not already fill
    // the list (xl* merges 100k doclists, ~8 ms).
    const Result<QList<ProductHit>> more = searchMatch(loose, limit);
    if (!more) {
        return more.error();
    }
    QSet<qint64> seen;
    for (const ProductHit& hit : std::as_const(*hits)) {
        seen.insert(hit.id);
    }
    for (const ProductHit& hit : *more) {
        if (hits->size() < limit && !seen.contains(hit.id)) {
            hits->append(hit);
        }
    }
    return hits;
}

Result<QList<ProductHit>> ProductRepository::searchMatch(const QString& match, int limit) const {
    // The index yields matches in rowid order and stops after kCandidates; they are ranked, and only the best
    // `limit` read their product rows.
    const QString sql = u"SELECT "_s + kHitColumns +
                        u", m.score FROM (SELECT rid, score FROM (SELECT rowid AS rid, "_s +
                        QLatin1StringView(kRankFunction) +
                        u"(product_fts) AS score FROM product_fts WHERE product_fts MATCH ? LIMIT ?) "
                        "ORDER BY score DESC, rid LIMIT ?) AS m JOIN product p ON p.id = m.rid "
                        "ORDER BY m.score DESC, p.id"_s;
    return rankedHits(sql, {match, kCandidates, limit});
}

Result<QList<ProductHit>> ProductRepository::rankedHits(const QString& sql, const QVariantList& values) const {
    // Kept prepared: parsing these statements was a tenth of a keystroke's search.
    Result<QSqlQuery*> rows = m_statements->exec(sql, values, searchFailed());
    if (!rows) {
        return rows.error();
    }
    QList<ProductHit> hits;
    while ((*rows)->next()) {
        ProductHit hit = hitFromQuery(**rows);
        hit.rank = (*rows)->value(6).toDouble();
        hits.append(hit);
    }
    (*rows)->finish();
    return hits;
}

Status ProductRepository::ensureRank() const {
    if (m_rankRegistered) {
        return {};
    }
    Status status = ensureRankFunction(m_db.connection());
    m_rankRegistered = bool(status);
    return status;
}

Result<QList<ProductHit>> ProductRepository::listPage(std::optional<qint64> afterId, int limit) const {
    if (limit <= 0) {
        return QList<ProductHit>{};
    }
    Result<QSqlQuery*> rows =
        m_statements->exec(u"SELECT "_s + kHitColumns + u" FROM product p WHERE p.id > ? ORDER BY p.id LIMIT ?"_s,
                           {afterId.value_or(std::numeric_limits<qint64>::min()), limit}, loadFailed());
    if (!rows) {
        return rows.error();
    }
    QList<ProductHit> hits;
    while ((*rows)->next()) {
        hits.append(hitFromQuery(**rows));
    }
    (*rows)->finish();
    return hits;
}

Result<int> ProductRepository::count() const {
    Result<QSqlQuery> query =
        StatementCache::execOnce(m_db.connection(), u"SELECT count(*) FROM product"_s, {}, loadFailed());
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return 0;
    }
    return query->value(0).toInt();
}

Result<QList<ProductHit>> ProductRepository::searchByAttribute(const QString& name, const QString& value,
                                                               int limit) const {
    const QString match = FtsText::catalogueMatchExpression(value);
    if (name.trimmed().isEmpty() || match.isEmpty() || limit <= 0) {
        return QList<ProductHit>{};
    }
    if (Status rank = ensureRank(); !rank) {
        return rank.error();
    }
    // The index narrows to products with the value among their attributes and specs (it does not know which
    // attribute a value belongs to); the product's own attribute rows or SKU specs decide. Candidates come in
    // catalogue order and the scan stops at `limit` hits, so a value nearly every product has (黑色) costs what it
    // returns and a pairing no product has at most kAttributeCandidates checks. Every SKU of a product has the same
    // spec names (they are its 颜色 × 尺码 grid), so the first SKU's raw JSON, searched for the name as specToJson
    // writes it, rules a product out before any JSON is parsed (~3 µs a candidate instead of ~10).
    const QString sql =
        u"SELECT "_s + kHitColumns + u", m.score FROM (SELECT rowid AS rid, "_s + QLatin1StringView(kRankFunction) +
        u"(product_fts) AS score FROM product_fts WHERE product_fts MATCH ? LIMIT ?) AS m "
        "JOIN product p ON p.id = m.rid WHERE EXISTS (SELECT 1 FROM product_attribute a "
        "WHERE a.product_id = p.id AND a.name = ? AND instr(lower(a.value), lower(?)) > 0) "
        "OR (instr((SELECT s.spec_json FROM sku s WHERE s.product_id = p.id ORDER BY s.position LIMIT 1), ?) > 0 "
        "AND EXISTS (SELECT 1 FROM sku s, json_each(s.spec_json) j WHERE s.product_id = p.id "
        "AND json_extract(j.value, '$.name') = ? AND instr(lower(json_extract(j.value, '$.value')), lower(?)) > 0)) "
        "LIMIT ?"_s;
    const QString attribute = name.trimmed();
    const QString wanted = value.trimmed();
    const QString specName = u"\"name\":"_s + jsonString(attribute);
    Result<QList<ProductHit>> hits =
        rankedHits(sql, {QString(u"attributes : ("_s + match + u')'), kAttributeCandidates, attribute, wanted, specName,
                         attribute, wanted, qMin(limit, kMaxSearchLimit)});
    if (hits) {
        // Among the products that have it, those whose title also says it first.
        std::stable_sort(hits->begin(), hits->end(),
                         [](const ProductHit& a, const ProductHit& b) { return a.rank > b.rank; });
    }
    return hits;
}

Result<QList<ProductHit>> ProductRepository::hits(const QList<qint64>& ids) const {
    if (ids.isEmpty()) {
        return QList<ProductHit>{};
    }
    Result<QSqlQuery*> rows = m_statements->exec(
        u"SELECT "_s + kHitColumns + u" FROM product p WHERE p.id IN (SELECT value FROM json_each(?))"_s,
        {idArray(ids)}, loadFailed());
    if (!rows) {
        return rows.error();
    }
    QHash<qint64, ProductHit> byId;
    while ((*rows)->next()) {
        const ProductHit hit = hitFromQuery(**rows);
        byId.insert(hit.id, hit);
    }
    (*rows)->finish();
    QList<ProductHit> ordered;
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.constEnd()) {
            ordered.append(*it);
        }
    }
    return ordered;
}

Result<QHash<qint64, PriceRange>> ProductRepository::priceRanges(const QList<qint64>& ids) const {
    QHash<qint64, PriceRange> ranges;
    if (ids.isEmpty()) {
        return ranges;
    }
    Result<QSqlQuery*> rows = m_statements->exec(
        u"SELECT p.id, coalesce(min(s.price_fen), p.price_fen), coalesce(max(s.price_fen), p.price_fen) "
        "FROM product p LEFT JOIN sku s ON s.product_id = p.id WHERE p.id IN (SELECT value FROM json_each(?)) "
        "GROUP BY p.id"_s,
        {idArray(ids)}, loadFailed());
    if (!rows) {
        return rows.error();
    }
    while ((*rows)->next()) {
        ranges.insert((*rows)->value(0).toLongLong(),
                      {Money::fromFen((*rows)->value(1).toLongLong()), Money::fromFen((*rows)->value(2).toLongLong())});
    }
    (*rows)->finish();
    return ranges;
}

Result<QList<ProductTitle>> ProductRepository::titles(std::optional<qint64> afterId, int limit) const {
    if (limit <= 0) {
        return QList<ProductTitle>{};
    }
    Result<QSqlQuery> rows =
        StatementCache::execOnce(m_db.connection(), u"SELECT id, title FROM product WHERE id > ? ORDER BY id LIMIT ?"_s,
                                 {afterId.value_or(std::numeric_limits<qint64>::min()), limit}, loadFailed());
    if (!rows) {
        return rows.error();
    }
    QList<ProductTitle> titles;
    while (rows->next()) {
        titles.append({rows->value(0).toLongLong(), rows->value(1).toString()});
    }
    return titles;
}

}  // namespace kefu
