#include "demo/DemoCatalog.h"

#include "demo/DemoRandom.h"
#include "demo/DemoResources.h"
#include "demo/DemoWorld.h"
#include "store/KnowledgeRepository.h"
#include "store/ProductRepository.h"
#include "store/PromotionRepository.h"
#include "store/QuickPhraseRepository.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kNumIidBase = 680112000000LL;  // 12-digit item ids, like Tmall's
constexpr qint64 kSkuIdBase = 5012000000000LL;

SizeRange range(const QJsonValue& value) {
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2) {
        return {};
    }
    return SizeRange{pair.at(0).toInt(), pair.at(1).toInt()};
}

bool isBigSize(const QString& size) {
    return size == u"XXL"_s || size == u"43"_s || size == u"44"_s;
}

int stockFor(DemoRandom& random, const QString& size) {
    if (random.percent(4)) {
        return 0;
    }
    // The middle sizes sell most, so the shop keeps more of them.
    const bool middle = size == u"M"_s || size == u"L"_s || size == u"37"_s || size == u"38"_s || size == u"41"_s ||
                        size == u"42"_s || size == u"均码"_s;
    return static_cast<int>(middle ? random.between(40, 320) : random.between(3, 120));
}

}  // namespace

DemoCatalog::DemoCatalog(Database& db, DemoRandom& random, DemoWorld& world)
    : m_db(db), m_random(random), m_world(world) {}

SizeChart DemoCatalog::sizeChart(const QJsonArray& rows) {
    SizeChart chart;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        chart.rows.append(SizeChartRow{row.value(u"size"_s).toString(), range(row.value(u"height"_s)),
                                       range(row.value(u"weight"_s)), range(row.value(u"chest"_s)),
                                       range(row.value(u"length"_s))});
    }
    return chart;
}

Result<qint64> DemoCatalog::addProduct(ProductRepository& repository, const QJsonObject& json, int index,
                                       const QJsonObject& charts) {
    Product product;
    product.numIid = QString::number(kNumIidBase + index * 7919LL + m_random.between(0, 7000));
    product.title = json.value(u"title"_s).toString();
    product.category = json.value(u"category"_s).toString();
    product.onSale = json.value(u"onSale"_s).toBool(true);
    product.sellingPoints = json.value(u"sellingPoints"_s).toString();
    for (const QJsonValue& pair : json.value(u"attributes"_s).toArray()) {
        const QJsonArray nameValue = pair.toArray();
        product.attributes.append(ProductAttribute{nameValue.at(0).toString(), nameValue.at(1).toString()});
    }
    product.sizeChart = sizeChart(charts.value(json.value(u"sizeChart"_s).toString()).toArray());

    const QStringList colors = DemoResources::strings(json.value(u"colors"_s));
    const QStringList sizes = DemoResources::strings(json.value(u"sizes"_s));
    const QStringList soldOut = DemoResources::strings(json.value(u"soldOut"_s));
    const qint64 basePrice = json.value(u"priceFen"_s).toInteger();
    const qint64 bigExtra = json.value(u"bigSizeExtraFen"_s).toInteger();
    int skuIndex = 0;
    for (int c = 0; c < colors.size(); ++c) {
        for (const QString& size : sizes) {
            Sku sku;
            sku.skuId = QString::number(kSkuIdBase + (index * 100LL + skuIndex++) * 53 + m_random.between(0, 50));
            sku.outerId =
                u"MMJ%1-%2-%3"_s.arg(index + 1, 3, 10, QLatin1Char('0')).arg(c + 1, 2, 10, QLatin1Char('0')).arg(size);
            sku.spec = {SpecValue{u"颜色"_s, colors.at(c)}, SpecValue{u"尺码"_s, size}};
            sku.price = Money::fromFen(basePrice + (isBigSize(size) ? bigExtra : 0));
            const bool gone = soldOut.contains(colors.at(c) + u'/' + size);
            sku.stock = gone ? 0 : stockFor(m_random, size);
            product.skus.append(sku);
        }
    }
    product.price = Money::fromFen(basePrice);
    return repository.add(product);
}

Result<DemoCatalog::ProductCounts> DemoCatalog::seedProducts() {
    auto productsJson = DemoResources::load(u"products.json"_s);
    if (!productsJson) {
        return productsJson.error();
    }
    auto charts = DemoResources::load(u"sizecharts.json"_s);
    if (!charts) {
        return charts.error();
    }
    const QJsonArray list = productsJson->value(u"products"_s).toArray();
    ProductRepository products(m_db);
    ProductCounts counts;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject json = list.at(i).toObject();
        auto id = addProduct(products, json, i, *charts);
        if (!id) {
            return id.error();
        }
        auto stored = products.find(*id);
        if (!stored) {
            return stored.error();
        }
        DemoWorld::CatalogItem item;
        item.key = json.value(u"key"_s).toString();
        item.name = json.value(u"name"_s).toString();
        item.product = *stored;
        item.isShoe = item.product.category.startsWith(u"鞋靴"_s);
        m_world.catalog.append(item);
        ++counts.products;
        counts.skus += static_cast<int>(item.product.skus.size());
    }
    // 搭配推荐 can only point at stored products, so relations go in once every product has an id.
    for (int i = 0; i < list.size(); ++i) {
        QList<qint64> related;
        for (const QString& key : DemoResources::strings(list.at(i).toObject().value(u"related"_s))) {
            if (const DemoWorld::CatalogItem* other = m_world.itemByKey(key)) {
                related.append(other->product.id);
            }
        }
        DemoWorld::CatalogItem& item = m_world.catalog[i];
        if (Status status = products.setRelated(item.product.id, related); !status) {
            return status.error();
        }
        item.product.relatedProductIds = related;
    }
    return counts;
}

Result<int> DemoCatalog::seedPromotions(const QJsonArray& promotions) {
    PromotionRepository repository(m_db);
    // Promotions start and end on the hour, as shops schedule them.
    const qint64 hourNow = m_world.nowMs / kHourMs * kHourMs;
    int count = 0;
    for (const QJsonValue& value : promotions) {
        const QJsonObject json = value.toObject();
        Promotion promotion;
        promotion.name = json.value(u"name"_s).toString();
        promotion.type = promotionTypeFromKey(json.value(u"type"_s).toString()).value_or(PromotionType::FullReduction);
        promotion.threshold = Money::fromFen(json.value(u"thresholdFen"_s).toInteger());
        promotion.reduction = Money::fromFen(json.value(u"reductionFen"_s).toInteger());
        promotion.stacking = json.value(u"stacking"_s).toBool();
        promotion.discountPermille = json.value(u"discountPermille"_s).toInt(1000);
        // Never a null QString: the store binds a null string as SQL NULL, which the NOT NULL column refuses.
        promotion.giftDescription = json.value(u"giftDescription"_s).toString(u""_s);
        promotion.startsAtMs = hourNow + json.value(u"startsInHours"_s).toInteger() * kHourMs;
        promotion.endsAtMs = hourNow + json.value(u"endsInHours"_s).toInteger() * kHourMs;
        for (const QString& key : DemoResources::strings(json.value(u"products"_s))) {
            if (const DemoWorld::CatalogItem* item = m_world.itemByKey(key)) {
                promotion.productIds.append(item->product.id);
            }
        }
        auto id = repository.add(promotion);
        if (!id) {
            return id.error();
        }
        promotion.id = *id;
        m_world.promotions.append(promotion);
        ++count;
    }
    return count;
}

Result<int> DemoCatalog::seedPhrases() {
    auto json = DemoResources::load(u"phrases.json"_s);
    if (!json) {
        return json.error();
    }
    QList<QuickPhrase> phrases;
    for (const QJsonValue& value : json->value(u"shop"_s).toArray()) {
        const QJsonObject o = value.toObject();
        QuickPhrase phrase;
        phrase.groupName = o.value(u"group"_s).toString();
        phrase.scope = PhraseScope::Shop;
        phrase.shortcutCode = o.value(u"code"_s).toString();
        phrase.body = o.value(u"body"_s).toString();
        phrases.append(phrase);
    }
    for (const QJsonValue& value : json->value(u"personal"_s).toArray()) {
        const QJsonObject o = value.toObject();
        QuickPhrase phrase;
        phrase.groupName = o.value(u"group"_s).toString();
        phrase.scope = PhraseScope::Personal;
        for (const Agent& agent : m_world.agents) {
            if (agent.nick == o.value(u"agent"_s).toString()) {
                phrase.ownerAgentId = agent.id;
            }
        }
        phrase.shortcutCode = o.value(u"code"_s).toString();
        phrase.body = o.value(u"body"_s).toString();
        phrases.append(phrase);
    }
    QuickPhraseRepository repository(m_db);
    if (Status status = repository.importPhrases(phrases); !status) {
        return status.error();
    }
    return repository.count();
}

Result<int> DemoCatalog::seedKnowledge() {
    auto json = DemoResources::load(u"faq.json"_s);
    if (!json) {
        return json.error();
    }
    KnowledgeRepository repository(m_db);
    int count = 0;
    for (const QJsonValue& value : json->value(u"articles"_s).toArray()) {
        const QJsonArray a = value.toArray();
        KnowledgeArticle article;
        article.category = a.at(0).toString();
        article.question = a.at(1).toString();
        article.answer = a.at(2).toString();
        article.keywords = a.at(3).toString().split(u' ', Qt::SkipEmptyParts);
        auto id = repository.add(article);
        if (!id) {
            return id.error();
        }
        // A few well-worn answers, so "most used first" has something to sort.
        const int uses = m_random.percent(30) ? static_cast<int>(m_random.between(1, 12)) : 0;
        for (int u = 0; u < uses; ++u) {
            if (Status status = repository.recordUse(*id); !status) {
                return status.error();
            }
        }
        ++count;
    }
    return count;
}

}  // namespace kefu
