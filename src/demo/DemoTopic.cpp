#include "demo/DemoTopic.h"

#include "demo/DemoPeople.h"
#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qint64 kMinuteMs = 60LL * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

QStringList specValues(const Product& product, const QString& name) {
    QStringList values;
    for (const Sku& sku : product.skus) {
        const QString v = sku.specValue(name);
        if (!v.isEmpty() && !values.contains(v)) {
            values.append(v);
        }
    }
    return values;
}

// A buyer whose body sits inside one row of the chart, mostly the middle sizes, and the size that fits them.
void addSizeAdvice(const SizeChart& chart, DemoRandom& random, QHash<QString, QString>& slots) {
    if (chart.isEmpty()) {
        return;
    }
    QList<int> weights;
    for (int i = 0; i < chart.rows.size(); ++i) {
        // Never the largest row: "or one size up for a looser fit" needs a size above it.
        weights.append(i + 1 == chart.rows.size() ? 0 : (i == 1 || i == 2 ? 4 : 1));
    }
    const SizeChartRow& row = chart.rows.at(random.weighted(weights));
    const int height = static_cast<int>(random.between(row.heightCm.min.value_or(155), row.heightCm.max.value_or(175)));
    const int weight = static_cast<int>(random.between(row.weightKg.min.value_or(45), row.weightKg.max.value_or(70)));
    int fit = 0;
    while (fit < chart.rows.size() &&
           !(chart.rows.at(fit).heightCm.contains(height) && chart.rows.at(fit).weightKg.contains(weight))) {
        ++fit;
    }
    if (fit == chart.rows.size()) {
        fit = static_cast<int>(chart.rows.indexOf(row));
    }
    const SizeChartRow& fitting = chart.rows.at(fit);
    slots.insert(u"身高"_s, QString::number(height));
    slots.insert(u"体重"_s, QString::number(weight));
    slots.insert(u"体重斤"_s, QString::number(weight * 2));
    slots.insert(u"推荐尺码"_s, fitting.size);
    slots.insert(u"平时尺码"_s, fitting.size);
    slots.insert(u"推荐尺码大"_s, chart.rows.at(std::min<qsizetype>(fit + 1, chart.rows.size() - 1)).size);
    slots.insert(u"推荐衣长"_s, QString::number(fitting.lengthCm.min.value_or(0)));
}

void addSoldOut(const Product& product, DemoRandom& random, QHash<QString, QString>& slots) {
    QList<const Sku*> gone;
    for (const Sku& sku : product.skus) {
        if (sku.stock == 0) {
            gone.append(&sku);
        }
    }
    if (gone.isEmpty()) {
        return;
    }
    const Sku* sku = random.pick(gone);
    const QString size = sku->specValue(u"尺码"_s);
    const QString color = sku->specValue(u"颜色"_s);
    QString inStock;
    for (const Sku& other : product.skus) {
        if (other.stock > 0 && other.specValue(u"尺码"_s) == size && other.specValue(u"颜色"_s) != color) {
            inStock = other.specValue(u"颜色"_s);
            break;
        }
    }
    slots.insert(u"售罄颜色"_s, color);
    slots.insert(u"售罄尺码"_s, size);
    slots.insert(u"现货颜色"_s, inStock.isEmpty() ? u"其他颜色"_s : inStock);
    slots.insert(u"补货天数"_s, QString::number(random.between(5, 15)));
}

}  // namespace

DemoTopic DemoTopic::forProduct(const DemoWorld& world, qint64 productId, DemoRandom& random) {
    DemoTopic topic;
    const DemoWorld::CatalogItem* item = world.itemByProductId(productId);
    if (!item) {
        return topic;
    }
    const Product& p = item->product;
    topic.numIid = p.numIid;
    QHash<QString, QString>& s = topic.slots;
    s.insert(u"商品名"_s, item->name);
    const QStringList colors = specValues(p, u"颜色"_s);
    const QStringList sizes = specValues(p, u"尺码"_s);
    const int c = random.index(colors.size());
    s.insert(u"颜色"_s, colors.value(c));
    s.insert(u"颜色2"_s, colors.value((c + 1) % std::max<qsizetype>(1, colors.size())));
    s.insert(u"尺码"_s, sizes.isEmpty() ? QString() : random.pick(sizes));
    s.insert(u"鞋码"_s, s.value(u"尺码"_s));
    for (const QString& name : {u"面料"_s, u"成分"_s, u"厚薄"_s, u"版型"_s, u"弹力"_s, u"产地"_s}) {
        s.insert(name, p.attribute(name));
    }
    s.insert(u"掉色说明"_s, p.attribute(u"是否掉色"_s));
    s.insert(u"起球说明"_s, p.attribute(u"是否起球"_s));
    const QString washing = p.attribute(u"洗涤方式"_s);
    s.insert(u"洗涤说明"_s, washing.isEmpty() ? p.attribute(u"清洗方式"_s) : washing);
    s.insert(u"鞋码说明"_s, p.attribute(u"鞋码"_s));
    if (!p.relatedProductIds.isEmpty()) {
        if (const DemoWorld::CatalogItem* related = world.itemByProductId(random.pick(p.relatedProductIds))) {
            topic.relatedNumIid = related->product.numIid;
            s.insert(u"搭配商品名"_s, related->name);
        }
    }
    addSizeAdvice(p.sizeChart, random, s);
    addSoldOut(p, random, s);
    return topic;
}

std::optional<qint64> DemoTopic::anchorFor(const Order& order, qint64 nowMs) {
    if (!order.shipments.isEmpty() && !order.shipments.first().events.isEmpty()) {
        const Shipment& parcel = order.shipments.first();
        const qint64 last = parcel.events.last().atMs;
        return parcel.isStalled(nowMs) ? last + 3 * kDayMs : last + kHourMs;
    }
    if (order.consignedAtMs) {
        return *order.consignedAtMs + 2 * kHourMs;
    }
    if (order.paidAtMs) {
        return *order.paidAtMs + 3 * kHourMs;
    }
    return order.createdAtMs + 2 * kMinuteMs;
}

DemoTopic DemoTopic::forOrder(const DemoWorld& world, const Order& order, DemoPeople& people, DemoRandom& random) {
    const OrderItem& line = order.items.first();
    DemoTopic topic = forProduct(world, line.productId.value_or(0), random);
    topic.tid = order.tid;
    topic.anchorMs = anchorFor(order, world.nowMs);
    QHash<QString, QString>& s = topic.slots;
    s.insert(u"订单号"_s, order.tid);
    const QStringList spec = line.skuText.split(u" / "_s);
    s.insert(u"颜色"_s, spec.value(0));
    s.insert(u"尺码"_s, spec.value(1));
    s.insert(u"实付"_s, order.payment.display());
    if (!order.shipments.isEmpty()) {
        const Shipment& parcel = order.shipments.first();
        s.insert(u"物流公司"_s, parcel.company);
        s.insert(u"物流单号"_s, parcel.trackingNumber);
        s.insert(u"物流城市"_s, parcel.events.isEmpty() ? u"杭州市"_s : parcel.events.last().location);
    }
    Receiver moved = people.randomReceiver();
    s.insert(u"收货人"_s, moved.name);
    s.insert(u"电话"_s, moved.phone);
    s.insert(u"新地址"_s, moved.fullAddress());
    topic.newReceiver = moved;
    return topic;
}

}  // namespace kefu
