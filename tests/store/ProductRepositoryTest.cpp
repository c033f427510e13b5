#include "store/ProductRepository.h"

#include "store/Database.h"
#include "support/TempStore.h"
#include "unit/QtPrinters.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

Sku sku(const QString& skuId, const QString& color, const QString& size, qint64 fen, int stock,
        const QString& outerId = {}) {
    Sku s;
    s.skuId = skuId;
    s.outerId = outerId;
    s.spec = {{u"颜色"_s, color}, {u"尺码"_s, size}};
    s.price = Money::fromFen(fen);
    s.stock = stock;
    return s;
}

Product product(const QString& numIid, const QString& title, const QString& category = u"男装/卫衣"_s) {
    Product p;
    p.numIid = numIid;
    p.title = title;
    p.category = category;
    p.price = Money::fromFen(15900);
    return p;
}

// The hoodie most tests talk about: every part of the aggregate filled in.
Product hoodie() {
    Product p = product(u"600000000001"_s, u"优衣坊 加绒连帽卫衣 男 宽松大码 K8823"_s);
    p.onSale = false;
    p.sellingPoints = u"内里加绒，冬天单穿不冷"_s;
    p.attributes = {{u"面料"_s, u"纯棉"_s}, {u"版型"_s, u"宽松"_s}, {u"洗涤方式"_s, u"手洗"_s}};
    p.skus = {sku(u"5000001"_s, u"雾霾蓝"_s, u"L"_s, 15900, 12, u"K8823-BLU-L"_s),
              sku(u"5000002"_s, u"雾霾蓝"_s, u"XL"_s, 16900, 3, u"K8823-BLU-XL"_s)};
    SizeChartRow l{u"L"_s, {170, 175}, {60, 70}, {std::nullopt, 112}, {}};
    SizeChartRow xl{u"XL"_s, {175, std::nullopt}, {70, 80}, {112, 120}, {72, 72}};
    p.sizeChart.rows = {l, xl};
    return p;
}

int rowCount(Database& db, const QString& sql) {
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(sql));
    return query.next() ? query.value(0).toInt() : -1;
}

QStringList titles(const Result<QList<ProductHit>>& hits) {
    QStringList result;
    for (const ProductHit& hit : hits.value()) {
        result.append(hit.title);
    }
    return result;
}

void expectSameSkus(const QList<Sku>& stored, const QList<Sku>& expected) {
    ASSERT_EQ(stored.size(), expected.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        EXPECT_GT(stored[i].id, 0);
        EXPECT_EQ(stored[i].skuId, expected[i].skuId);
        EXPECT_EQ(stored[i].outerId, expected[i].outerId);
        EXPECT_EQ(stored[i].spec, expected[i].spec);
        EXPECT_EQ(stored[i].price, expected[i].price);
        EXPECT_EQ(stored[i].stock, expected[i].stock);
    }
}

class ProductRepositoryTest : public ::testing::Test {
protected:
    test::TempStore m_store;
    ProductRepository m_repo{m_store.db()};

    qint64 add(const Product& p) {
        Result<qint64> id = m_repo.add(p);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().detail.toStdString());
        return id.ok() ? *id : 0;
    }
};

TEST_F(ProductRepositoryTest, RoundTripsTheWholeAggregate) {
    const qint64 tee = add(product(u"600000000002"_s, u"纯棉短袖T恤"_s));
    const qint64 pants = add(product(u"600000000003"_s, u"束脚运动裤"_s));
    Product p = hoodie();
    p.relatedProductIds = {pants, tee};
    const qint64 id = add(p);

    const Result<Product> stored = m_repo.find(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->id, id);
    EXPECT_EQ(stored->numIid, p.numIid);
    EXPECT_EQ(stored->title, p.title);
    EXPECT_EQ(stored->category, p.category);
    EXPECT_EQ(stored->price, p.price);
    EXPECT_FALSE(stored->onSale);
    EXPECT_EQ(stored->sellingPoints, p.sellingPoints);
    EXPECT_EQ(stored->attributes, p.attributes);
    expectSameSkus(stored->skus, p.skus);
    EXPECT_EQ(stored->skus[1].productId, id);
    EXPECT_EQ(stored->sizeChart, p.sizeChart);
    EXPECT_FALSE(stored->sizeChart.rows[0].chestCm.min.has_value());
    EXPECT_FALSE(stored->sizeChart.rows[0].lengthCm.max.has_value());
    EXPECT_EQ(stored->relatedProductIds, (QList<qint64>{pants, tee}));

    const Result<Product> byNumIid = m_repo.findByNumIid(u"600000000001"_s);
    ASSERT_TRUE(byNumIid.ok());
    EXPECT_EQ(byNumIid->id, id);
    EXPECT_EQ(byNumIid->skus.size(), 2);
}

TEST_F(ProductRepositoryTest, UnknownProductIsNotFound) {
    EXPECT_EQ(m_repo.find(42).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_repo.findByNumIid(u"1"_s).error().code, ErrorCode::NotFound);
    Product ghost = hoodie();
    ghost.id = 42;
    EXPECT_EQ(m_repo.update(ghost).error().code, ErrorCode::NotFound);
}

TEST_F(ProductRepositoryTest, UpdateReplacesTheAggregateAndTheIndex) {
    const qint64 other = add(product(u"600000000009"_s, u"连帽卫衣 女"_s));
    Product p = hoodie();
    p.relatedProductIds = {other};
    const qint64 id = add(p);
    const qint64 keptSkuRowId = m_repo.find(id)->skus[1].id;

    p.id = id;
    p.title = u"优衣坊 摇粒绒夹克 男"_s;
    p.category = u"男装/夹克"_s;
    p.attributes = {{u"面料"_s, u"聚酯纤维"_s}};
    p.skus = {sku(u"5000003"_s, u"黑色"_s, u"M"_s, 19900, 5), sku(u"5000002"_s, u"黑色"_s, u"XL"_s, 19900, 8)};
    p.sizeChart.rows = {p.sizeChart.rows[1]};
    p.relatedProductIds = {};
    ASSERT_TRUE(m_repo.update(p).ok());

    const Result<Product> stored = m_repo.find(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->title, p.title);
    EXPECT_EQ(stored->attributes, p.attributes);
    expectSameSkus(stored->skus, p.skus);
    EXPECT_EQ(stored->skus[1].id, keptSkuRowId);  // order lines keep pointing at the same SKU row
    EXPECT_EQ(stored->sizeChart, p.sizeChart);
    EXPECT_TRUE(stored->relatedProductIds.isEmpty());
    EXPECT_EQ(rowCount(m_store.db(), u"SELECT count(*) FROM sku"_s), 2);

    EXPECT_EQ(titles(m_repo.search(u"夹克"_s)), QStringList{p.title});
    EXPECT_EQ(titles(m_repo.search(u"聚酯"_s)), QStringList{p.title});
    EXPECT_TRUE(m_repo.search(u"加绒"_s)->isEmpty());
    EXPECT_TRUE(m_repo.search(u"纯棉"_s)->isEmpty());
    // The old row was removed from the index without disturbing the other product's entry for the same word.
    EXPECT_EQ(titles(m_repo.search(u"卫衣"_s)), QStringList{u"连帽卫衣 女"_s});
}

TEST_F(ProductRepositoryTest, SearchFindsChineseWordsAttributesAndMixedText) {
    add(hoodie());
    add(product(u"600000000004"_s, u"高腰阔腿牛仔裤 女"_s, u"女装/牛仔裤"_s));
    Product shirt = product(u"600000000005"_s, u"商务长袖衬衫 大码"_s, u"男装/衬衫"_s);
    shirt.skus = {sku(u"5000010"_s, u"白色"_s, u"L"_s, 12900, 4)};
    add(shirt);

    const QString hoodieTitle = hoodie().title;
    EXPECT_EQ(titles(m_repo.search(u"卫衣"_s)), QStringList{hoodieTitle});
    EXPECT_EQ(titles(m_repo.search(u"加绒"_s)), QStringList{hoodieTitle});
    EXPECT_EQ(titles(m_repo.search(u"纯棉"_s)), QStringList{hoodieTitle});       // an attribute value
    EXPECT_EQ(titles(m_repo.search(u"XL码"_s)), QStringList{hoodieTitle});       // only the hoodie comes in XL
    EXPECT_EQ(titles(m_repo.search(u"k8823"_s)), QStringList{hoodieTitle});      // model number in the title
    EXPECT_EQ(titles(m_repo.search(u"K8823-BLU"_s)), QStringList{hoodieTitle});  // the merchant's code
    EXPECT_EQ(titles(m_repo.search(u"阔腿 牛仔"_s)), QStringList{u"高腰阔腿牛仔裤 女"_s});
    EXPECT_TRUE(m_repo.search(u"羽绒服"_s)->isEmpty());
    EXPECT_TRUE(m_repo.search(u"  "_s)->isEmpty());

    const Result<QList<ProductHit>> hits = m_repo.search(u"卫衣"_s);
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->at(0).numIid, u"600000000001"_s);
    EXPECT_EQ(hits->at(0).price, Money::fromFen(15900));
    EXPECT_EQ(hits->at(0).totalStock, 15);
    EXPECT_FALSE(hits->at(0).onSale);
    EXPECT_GT(hits->at(0).rank, 0.0);
}

TEST_F(ProductRepositoryTest, SearchRanksTitleMatchesAboveAttributeMatches) {
    // Added first so that an id-only order would put it on top.
    add(product(u"600000000006"_s, u"秋冬 圆领套头衫"_s, u"男装/卫衣"_s));
    add(product(u"600000000007"_s, u"重磅 圆领卫衣"_s, u"男装/上衣"_s));
    Product knit = product(u"600000000008"_s, u"针织开衫 纯色"_s, u"女装/针织衫"_s);
    knit.attributes = {{u"面料"_s, u"纯棉"_s}};
    add(knit);
    Product tee = product(u"600000000010"_s, u"纯棉短袖T恤"_s, u"男装/T恤"_s);
    add(tee);

    EXPECT_EQ(titles(m_repo.search(u"卫衣"_s)), (QStringList{u"重磅 圆领卫衣"_s, u"秋冬 圆领套头衫"_s}));
    EXPECT_EQ(titles(m_repo.search(u"纯棉"_s)), (QStringList{u"纯棉短袖T恤"_s, u"针织开衫 纯色"_s}));
    // Both words in the title beat one in the title and one in the category.
    EXPECT_EQ(titles(m_repo.search(u"圆领 卫衣"_s, 1)), QStringList{u"重磅 圆领卫衣"_s});
}

TEST_F(ProductRepositoryTest, DuplicateNumIidIsAConstraintAndLeavesNothingBehind) {
    add(hoodie());
    Product copy = product(u"600000000001"_s, u"摇粒绒马甲"_s);
    copy.attributes = {{u"面料"_s, u"摇粒绒"_s}};
    copy.skus = {sku(u"5000020"_s, u"灰色"_s, u"M"_s, 9900, 1)};
    const Result<qint64> duplicate = m_repo.add(copy);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Constraint);
    EXPECT_FALSE(duplicate.error().message.isEmpty());

    // A duplicate SKU id fails after the product row, attributes and first SKU are written: all must go.
    Product clash = product(u"600000000011"_s, u"摇粒绒马甲"_s);
    clash.attributes = {{u"面料"_s, u"摇粒绒"_s}};
    clash.skus = {sku(u"5000021"_s, u"灰色"_s, u"M"_s, 9900, 1), sku(u"5000001"_s, u"灰色"_s, u"L"_s, 9900, 1)};
    const Result<qint64> clashing = m_repo.add(clash);
    ASSERT_FALSE(clashing.ok());
    EXPECT_EQ(clashing.error().code, ErrorCode::Constraint);

    EXPECT_EQ(*m_repo.count(), 1);
    EXPECT_EQ(rowCount(m_store.db(), u"SELECT count(*) FROM sku"_s), 2);
    EXPECT_EQ(rowCount(m_store.db(), u"SELECT count(*) FROM product_attribute"_s), 3);
    EXPECT_TRUE(m_repo.search(u"马甲"_s)->isEmpty());
    EXPECT_TRUE(m_repo.search(u"摇粒绒"_s)->isEmpty());
    EXPECT_TRUE(m_repo.findByNumIid(u"600000000011"_s).error().code == ErrorCode::NotFound);
}

TEST_F(ProductRepositoryTest, RejectsProductsWithoutIdOrTitle) {
    Product p = hoodie();
    p.title = u"  "_s;
    EXPECT_EQ(m_repo.add(p).error().code, ErrorCode::InvalidInput);
    p = hoodie();
    p.numIid.clear();
    EXPECT_EQ(m_repo.add(p).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(*m_repo.count(), 0);
}

TEST_F(ProductRepositoryTest, SetRelatedReplacesTheListInOrder) {
    const qint64 a = add(product(u"1"_s, u"卫衣"_s));
    const qint64 b = add(product(u"2"_s, u"运动裤"_s));
    const qint64 c = add(product(u"3"_s, u"棒球帽"_s));
    ASSERT_TRUE(m_repo.setRelated(a, {c, b}).ok());
    EXPECT_EQ(m_repo.find(a)->relatedProductIds, (QList<qint64>{c, b}));
    ASSERT_TRUE(m_repo.setRelated(a, {b}).ok());
    EXPECT_EQ(m_repo.find(a)->relatedProductIds, QList<qint64>{b});

    EXPECT_EQ(m_repo.setRelated(a, {a}).error().code, ErrorCode::Constraint);
    EXPECT_EQ(m_repo.setRelated(a, {b, 999}).error().code, ErrorCode::Constraint);
    EXPECT_EQ(m_repo.find(a)->relatedProductIds, QList<qint64>{b});  // a refused list changes nothing
    EXPECT_EQ(m_repo.setRelated(999, {a}).error().code, ErrorCode::NotFound);
}

TEST_F(ProductRepositoryTest, SetStockChangesOneSku) {
    const qint64 id = add(hoodie());
    const qint64 skuRowId = m_repo.find(id)->skus[0].id;
    ASSERT_TRUE(m_repo.setStock(skuRowId, 0).ok());
    EXPECT_EQ(m_repo.find(id)->skus[0].stock, 0);
    EXPECT_EQ(m_repo.find(id)->skus[1].stock, 3);
    EXPECT_EQ(m_repo.listPage({}, 10)->at(0).totalStock, 3);
    EXPECT_EQ(m_repo.setStock(skuRowId, -1).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(m_repo.setStock(12345, 1).error().code, ErrorCode::NotFound);
}

TEST_F(ProductRepositoryTest, ListPagePagesByIdAndCountCountsAll) {
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids.append(add(product(QString::number(700 + i), u"商品"_s + QString::number(i))));
    }
    const Result<QList<ProductHit>> first = m_repo.listPage({}, 2);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 2);
    EXPECT_EQ(first->at(0).id, ids[0]);
    EXPECT_EQ(first->at(1).id, ids[1]);
    const Result<QList<ProductHit>> rest = m_repo.listPage(first->at(1).id, 10);
    ASSERT_EQ(rest->size(), 3);
    EXPECT_EQ(rest->at(0).id, ids[2]);
    EXPECT_EQ(rest->at(2).title, u"商品4"_s);
    EXPECT_TRUE(m_repo.listPage(ids[4], 10)->isEmpty());
    EXPECT_EQ(*m_repo.count(), 5);
}

TEST_F(ProductRepositoryTest, ManyAddsInsideOneOuterTransaction) {
    const Status loaded = m_store.db().transaction([&]() -> Status {
        for (int i = 0; i < 200; ++i) {
            Product p = product(QString::number(800000 + i), u"加绒卫衣 款"_s + QString::number(i));
            p.skus = {sku(QString::number(900000 + i), u"黑色"_s, u"M"_s, 9900, 1)};
            Result<qint64> id = m_repo.add(p);
            if (!id) {
                return id.error();
            }
        }
        return {};
    });
    ASSERT_TRUE(loaded.ok()) << loaded.error().detail.toStdString();
    EXPECT_EQ(*m_repo.count(), 200);
    EXPECT_EQ(m_repo.search(u"卫衣"_s, 500)->size(), 200);

    // A failure inside the outer transaction rolls back only what the caller decides: here, everything.
    const Status failed = m_store.db().transaction([&]() -> Status {
        Result<qint64> ok = m_repo.add(product(u"990001"_s, u"棉服"_s));
        if (!ok) {
            return ok.error();
        }
        Result<qint64> dup = m_repo.add(product(u"990001"_s, u"棉服"_s));
        return dup ? Status{} : Status{dup.error()};
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(*m_repo.count(), 200);
    EXPECT_TRUE(m_repo.search(u"棉服"_s)->isEmpty());
}

}  // namespace
}  // namespace kefu
