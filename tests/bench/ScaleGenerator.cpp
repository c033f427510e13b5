#include "bench/ScaleGenerator.h"

#include "core/Conversation.h"
#include "core/Customer.h"
#include "core/KnowledgeArticle.h"
#include "core/Message.h"
#include "core/Order.h"
#include "core/Product.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/KnowledgeRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

// What buyers and agents write; about one line in ten mentions 发货, like a real apparel shop's chat log.
const std::array kBuyerLines = {
    u"在吗？这款还有货吗"_s,     u"什么时候发货呀"_s,      u"165cm 55kg 穿什么码"_s,
    u"这个颜色会掉色吗"_s,       u"可以便宜点吗"_s,        u"物流怎么三天没动了"_s,
    u"我要退货，尺码不合适"_s,   u"满300减40可以叠加吗"_s, u"能开发票吗"_s,
    u"面料是纯棉的吗，起球吗"_s, u"XL码胸围多少"_s,        u"今天下单明天能到上海吗"_s,
    u"地址写错了能改一下吗"_s,   u"收到的衣服有线头"_s,    u"有没有优惠券"_s,
    u"洗了会缩水吗"_s,           u"这个是现货吗"_s,        u"好的谢谢"_s,
    u"/:^_^ 收到啦"_s,           u"快递用的哪家"_s,
};
const std::array kAgentLines = {
    u"亲，在的呢，请问有什么可以帮您"_s,
    u"亲，现货的哦，今天16点前付款当天发货"_s,
    u"亲，建议您选M码哦"_s,
    u"亲，这款是纯棉面料，深色首次洗涤会有少量浮色，属于正常现象"_s,
    u"亲，已帮您催促快递，请耐心等待"_s,
    u"亲，支持七天无理由退换货的哦"_s,
    u"亲，满减活动全店通用，可以和店铺券叠加"_s,
    u"亲，可以开电子发票的，下单后联系客服登记"_s,
    u"亲，地址已帮您备注修改"_s,
    u"亲，默认中通快递，偏远地区发邮政"_s,
};
const std::array kAttributes = {u"纯棉"_s, u"聚酯纤维"_s, u"羊毛混纺"_s, u"亚麻"_s, u"真丝"_s, u"牛仔布"_s};
const std::array kColors = {u"黑色"_s, u"白色"_s, u"雾霾蓝"_s, u"杏色"_s, u"灰色"_s};
const std::array kSizes = {u"S"_s, u"M"_s, u"L"_s, u"XL"_s};
const std::array kFaqTopics = {u"发货时间"_s, u"尺码推荐"_s, u"是否掉色"_s, u"退换货流程"_s,
                               u"发票开具"_s, u"满减活动"_s, u"洗涤保养"_s, u"快递公司"_s};
const std::array kStatuses = {TradeStatus::WaitBuyerPay,          TradeStatus::WaitSellerSendGoods,
                              TradeStatus::WaitBuyerConfirmGoods, TradeStatus::TradeFinished,
                              TradeStatus::TradeFinished,         TradeStatus::TradeClosed,
                              TradeStatus::TradeClosedByTaobao};

constexpr qint64 kMinuteMs = 60'000;
constexpr int kBatch = 10'000;

// Runs `make(i)` for i in [0, count) in transactions of kBatch rows.
Status inBatches(Database& db, int count, const std::function<Status(int)>& make) {
    for (int start = 0; start < count; start += kBatch) {
        const int end = std::min(count, start + kBatch);
        Status status = db.transaction([&]() -> Status {
            for (int i = start; i < end; ++i) {
                if (Status s = make(i); !s) {
                    return s;
                }
            }
            return {};
        });
        if (!status) {
            return status;
        }
    }
    return {};
}

}  // namespace

ScaleGenerator::Scale ScaleGenerator::Scale::scaled(double factor) const {
    auto f = [factor](int n) { return std::max(1, static_cast<int>(n * factor)); };
    return {f(products), f(articles), f(customers), f(conversations), f(messages), f(orders)};
}

ScaleGenerator::ScaleGenerator(Database& db, Scale scale, QStringList productTitles, qint64 nowMs)
    : m_db(db), m_scale(scale), m_titles(std::move(productTitles)), m_nowMs(nowMs) {
    if (m_titles.isEmpty()) {
        m_titles << u"纯棉宽松短袖T恤女夏季新款"_s;
    }
}

quint64 ScaleGenerator::next() {
    // splitmix64: the same sequence on every platform, unlike std distributions.
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

Result<QStringList> ScaleGenerator::readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error{ErrorCode::Io, u"无法读取 "_s + path, file.errorString()};
    }
    QStringList lines;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty()) {
            lines << line;
        }
    }
    return lines;
}

Result<QList<ScaleGenerator::Timing>> ScaleGenerator::run(const Progress& progress) {
    QList<Timing> timings;
    const std::array<std::pair<QString, std::function<Status()>>, 6> steps = {{
        {u"products"_s, [this] { return generateProducts(); }},
        {u"articles"_s, [this] { return generateArticles(); }},
        {u"customers"_s, [this] { return generateCustomers(); }},
        {u"conversations+messages"_s, [this] { return generateConversations(); }},
        {u"message search index"_s, [this] { return indexMessages(); }},
        {u"orders"_s, [this] { return generateOrders(); }},
    }};
    const std::array<int, 6> rows = {m_scale.products, m_scale.articles, m_scale.customers,
                                     m_scale.messages, m_scale.messages, m_scale.orders};
    for (size_t i = 0; i < steps.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        if (Status s = steps[i].second(); !s) {
            return s.error();
        }
        timings.append({steps[i].first, rows[i], timer.elapsed()});
        if (progress) {
            progress(timings.last());
        }
    }
    return timings;
}

Status ScaleGenerator::generateProducts() {
    ProductRepository products(m_db);
    m_productIds.reserve(m_scale.products);
    return inBatches(m_db, m_scale.products, [&](int i) -> Status {
        Product p;
        p.numIid = QString::number(600'000'000'000LL + i);
        p.title = m_titles[i % m_titles.size()];
        p.category = u"女装/上衣"_s;
        p.price = Money::fromFen(1'990 + pick(50'000));
        p.attributes = {{u"面料"_s, kAttributes[pick(kAttributes.size())]}, {u"洗涤方式"_s, u"手洗"_s}};
        for (int s = 0; s < 4; ++s) {
            Sku sku;
            sku.skuId = QString::number(5'000'000'000'000LL + qint64(i) * 4 + s);
            sku.spec = {{u"颜色"_s, kColors[(i + s) % kColors.size()]}, {u"尺码"_s, kSizes[s]}};
            sku.price = p.price;
            sku.stock = pick(200);
            p.skus << sku;
        }
        Result<qint64> id = products.add(p);
        if (!id) {
            return id.error();
        }
        m_productIds << *id;
        return {};
    });
}

Status ScaleGenerator::generateArticles() {
    KnowledgeRepository articles(m_db);
    return inBatches(m_db, m_scale.articles, [&](int i) -> Status {
        const QString& topic = kFaqTopics[i % kFaqTopics.size()];
        const QString& title = m_titles[(i * 7) % m_titles.size()];
        KnowledgeArticle a;
        a.category = topic;
        a.question = title.left(12) + u"的"_s + topic + u"是怎样的？"_s;
        a.answer = kAgentLines[pick(kAgentLines.size())] + u"。"_s + title;
        a.keywords = {topic};
        Result<qint64> id = articles.add(a);
        return id ? Status{} : Status{id.error()};
    });
}

Status ScaleGenerator::generateCustomers() {
    CustomerRepository customers(m_db);
    m_customerIds.reserve(m_scale.customers);
    return inBatches(m_db, m_scale.customers, [&](int i) -> Status {
        Customer c;
        c.buyerNick = u"bench_buyer_%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        c.level = static_cast<CustomerLevel>(pick(3));
        c.phone = u"138%1"_s.arg(10'000'000 + i, 8, 10, QLatin1Char('0'));
        c.createdAtMs = m_nowMs - 400LL * 24 * 60 * kMinuteMs + i;
        Result<qint64> id = customers.add(c);
        if (!id) {
            return id.error();
        }
        m_customerIds << *id;
        return {};
    });
}

Status ScaleGenerator::generateConversations() {
    ConversationRepository conversations(m_db);
    MessageRepository messages(m_db);
    const int perConversation = std::max(1, m_scale.messages / m_scale.conversations);
    const int conversationsPerBatch = std::max(1, kBatch / perConversation);
    for (int start = 0; start < m_scale.conversations; start += conversationsPerBatch) {
        const int end = std::min(m_scale.conversations, start + conversationsPerBatch);
        QList<Message> burst;
        Status status = m_db.transaction([&]() -> Status {
            for (int c = start; c < end; ++c) {
                Conversation conv;
                conv.customerId = m_customerIds[c % m_customerIds.size()];
                conv.channel = (c % 3 == 0) ? Channel::Taobao : Channel::Tmall;
                conv.status = ConversationStatus::Waiting;
                // Older conversations first, the newest ending a few seconds before now.
                conv.openedAtMs = m_nowMs - qint64(m_scale.conversations - c) * kMinuteMs / 2;
                Result<qint64> id = conversations.create(conv);
                if (!id) {
                    return id.error();
                }
                for (int m = 0; m < perConversation; ++m) {
                    Message msg;
                    msg.conversationId = *id;
                    // Buyer and agent alternate; every fourth conversation ends on an unanswered buyer line.
                    const bool buyer = (m % 2 == 0) || (c % 4 == 0 && m == perConversation - 1);
                    msg.direction = buyer ? MessageDirection::Buyer : MessageDirection::Agent;
                    msg.body = buyer ? kBuyerLines[pick(kBuyerLines.size())] : kAgentLines[pick(kAgentLines.size())];
                    msg.status = MessageStatus::Delivered;
                    msg.sentAtMs = conv.openedAtMs + m * 20'000;
                    burst << msg;
                }
            }
            Result<QList<AppendResult>> stored = messages.appendBatch(burst);
            return stored ? Status{} : Status{stored.error()};
        });
        if (!status) {
            return status;
        }
    }
    return {};
}

Status ScaleGenerator::indexMessages() {
    MessageRepository messages(m_db);
    for (;;) {
        Result<int> passed = messages.indexPending(kBatch);
        if (!passed) {
            return passed.error();
        }
        if (*passed < kBatch) {
            return {};
        }
    }
}

Status ScaleGenerator::generateOrders() {
    OrderRepository orders(m_db);
    return inBatches(m_db, m_scale.orders, [&](int i) -> Status {
        Order o;
        o.tid = QString::number(3'000'000'000'000'000'000LL + i);
        o.customerId = m_customerIds[pick(m_customerIds.size())];
        o.status = kStatuses[pick(kStatuses.size())];
        o.createdAtMs = m_nowMs - qint64(pick(180 * 24 * 60)) * kMinuteMs;
        const int productIndex = pick(m_productIds.size());
        OrderItem item;
        item.oid = QString::number(3'100'000'000'000'000'000LL + i);
        item.productId = m_productIds[productIndex];
        item.title = m_titles[productIndex % m_titles.size()];
        item.skuText = kColors[pick(kColors.size())] + u" / "_s + kSizes[pick(kSizes.size())];
        item.quantity = 1 + pick(2);
        item.price = Money::fromFen(1'990 + pick(50'000));
        item.payment = item.price * item.quantity;
        o.items << item;
        o.totalFee = item.payment;
        o.payment = item.payment;
        o.receiver = {u"张三"_s,   u"13800001234"_s, u"浙江省"_s, u"杭州市"_s,
                      u"西湖区"_s, u"文三路100号"_s, u"310000"_s};
        if (tradeStatusIsPaid(o.status)) {
            o.paidAtMs = o.createdAtMs + 5 * kMinuteMs;
        }
        return orders.add(o);
    });
}

}  // namespace kefu
