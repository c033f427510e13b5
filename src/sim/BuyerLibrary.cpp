#include "sim/BuyerLibrary.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

BuyerStep say(const QString& text, bool awaitsReply = true) {
    BuyerStep step;
    step.body = text;
    step.awaitsReply = awaitsReply;
    return step;
}

BuyerStep card(MessageKind kind, const QString& id) {
    BuyerStep step;
    step.kind = kind;
    step.body = id;
    return step;
}

BuyerStep order(TradeStatus status) {
    BuyerStep step;
    step.action = BuyerStep::Action::OrderUpdated;
    step.tradeStatus = status;
    return step;
}

template <std::size_t N>
QString pick(QRandomGenerator& random, const std::array<const char16_t*, N>& lines) {
    return QString::fromUtf16(lines.at(random.bounded(static_cast<quint32>(N))));
}

// Taobao ids: 19-digit tids and oids, 15-digit refund ids (never a leading zero).
QString digits(QRandomGenerator& random, const QString& prefix, int length) {
    QString id = prefix;
    while (id.size() < length) {
        id.append(QChar(u'0' + static_cast<char16_t>(random.bounded(10U))));
    }
    return id;
}

}  // namespace

QStringList BuyerLibrary::topics() {
    return {u"size"_s, u"fade"_s, u"shipping"_s, u"logistics"_s, u"refund"_s, u"order"_s};
}

QList<SimProduct> BuyerLibrary::defaultProducts() {
    return {
        {u"680112003517"_s, u"新疆棉圆领T恤"_s, Money::fromFen(7900)},
        {u"680112011203"_s, u"法式条纹长袖T恤"_s, Money::fromFen(8900)},
        {u"680112019841"_s, u"棉麻衬衫"_s, Money::fromFen(13900)},
        {u"680112044007"_s, u"加绒连帽卫衣"_s, Money::fromFen(15900)},
        {u"680112059912"_s, u"高腰直筒牛仔裤"_s, Money::fromFen(16900)},
        {u"680112087213"_s, u"A字半身裙"_s, Money::fromFen(12900)},
    };
}

QStringList BuyerLibrary::defaultBuyerNicks() {
    return {u"小鱼儿爱吃鱼"_s, u"奶茶要三分糖"_s, u"晚风吹过的夏天"_s, u"橘子汽水冒泡泡"_s, u"一只想瘦的猫"_s,
            u"木子李2018"_s,   u"阿狸爱吃桃"_s,   u"不吃香菜的小王"_s, u"周末去看海"_s,     u"芒果布丁"_s,
            u"团子妈妈"_s,     u"糖糖的衣橱"_s,   u"风吹麦浪777"_s,    u"Yuki_0520"_s,      u"jerry_wang88"_s,
            u"程序员阿强"_s,   u"深圳打工仔"_s,   u"柠檬不酸"_s,       u"tb83920571_11"_s,  u"栗子小姐"_s};
}

BuyerLibrary::BuyerLibrary(QList<SimProduct> products, QStringList buyerNicks)
    : m_products(products.isEmpty() ? defaultProducts() : std::move(products)),
      m_buyerNicks(buyerNicks.isEmpty() ? defaultBuyerNicks() : std::move(buyerNicks)) {}

BuyerScript BuyerLibrary::make(QRandomGenerator& random) const {
    const QStringList all = topics();
    return make(all.at(random.bounded(static_cast<quint32>(all.size()))), random);
}

BuyerScript BuyerLibrary::make(const QString& topic, QRandomGenerator& random) const {
    BuyerScript script;
    script.topic = topic;
    script.buyerNick = m_buyerNicks.at(random.bounded(static_cast<quint32>(m_buyerNicks.size())));
    script.channel = random.bounded(4U) == 0U ? Channel::Taobao : Channel::Tmall;
    script.tid = digits(random, u"39"_s, 19);
    script.oid = digits(random, script.tid.left(17), 19);
    script.refundId = digits(random, u"20"_s, 15);
    const SimProduct& product = m_products.at(random.bounded(static_cast<quint32>(m_products.size())));
    script.payment = product.price;
    if (topic == u"size") {
        addSize(script, product, random);
    } else if (topic == u"fade") {
        addFade(script, product, random);
    } else if (topic == u"shipping") {
        addShipping(script, product, random);
    } else if (topic == u"logistics") {
        addLogistics(script, random);
    } else if (topic == u"refund") {
        addRefund(script, random);
    } else {
        script.topic = u"order"_s;
        addOrder(script, product, random);
    }
    return script;
}

void BuyerLibrary::addSize(BuyerScript& s, const SimProduct& product, QRandomGenerator& random) const {
    const int height = 150 + static_cast<int>(random.bounded(30U));
    const int weight = 42 + static_cast<int>(random.bounded(30U));
    s.steps.append(card(MessageKind::ProductCard, product.numIid));
    const std::array asks{u"%1cm %2kg穿什么码？", u"我身高%1，体重%2公斤，拿哪个码合适",
                          u"亲，%1/%2kg 平时穿M，这款拿什么码"};
    s.steps.append(say(pick(random, asks).arg(height).arg(weight)));
    const std::array follow{u"我肩比较宽，会不会紧", u"M码衣长多少", u"那会不会短呀", u"我有点小肚子 /:^$^"};
    s.steps.append(say(pick(random, follow)));
    const std::array done{u"好的那我拍了", u"行，那就这个码吧", u"ok 拍了"};
    s.steps.append(say(pick(random, done), false));
    s.steps.append(order(TradeStatus::WaitBuyerPay));
    s.steps.append(order(TradeStatus::WaitSellerSendGoods));
}

void BuyerLibrary::addFade(BuyerScript& s, const SimProduct& product, QRandomGenerator& random) const {
    s.steps.append(card(MessageKind::ProductCard, product.numIid));
    const std::array asks{u"这款衣服会不会褪色？", u"会不会褪色啊，怕染到别的衣服", u"洗了会不会掉色",
                          u"亲 这个颜色会褪色吗"};
    s.steps.append(say(pick(random, asks)));
    const std::array follow{u"那需要手洗吗", u"可以机洗吗？", u"好的，那洗的时候要注意什么"};
    s.steps.append(say(pick(random, follow)));
    const std::array done{u"好的谢谢", u"明白了 /:^_^", u"ok 那我考虑一下"};
    s.steps.append(say(pick(random, done), false));
}

void BuyerLibrary::addShipping(BuyerScript& s, const SimProduct& product, QRandomGenerator& random) const {
    s.steps.append(card(MessageKind::ProductCard, product.numIid));
    const std::array asks{u"什么时候发货？", u"今天拍什么时候发货呀", u"在吗？现在下单什么时候能发", u"亲，几天能发货"};
    s.steps.append(say(pick(random, asks)));
    const std::array follow{u"能发顺丰吗", u"发什么快递？", u"到上海大概几天"};
    s.steps.append(say(pick(random, follow)));
    s.steps.append(say(u"好的，那我拍了"_s, false));
    s.steps.append(order(TradeStatus::WaitBuyerPay));
    s.steps.append(order(TradeStatus::WaitSellerSendGoods));
}

void BuyerLibrary::addLogistics(BuyerScript& s, QRandomGenerator& random) const {
    s.steps.append(order(TradeStatus::WaitBuyerConfirmGoods));
    s.steps.append(card(MessageKind::OrderCard, s.tid));
    const std::array asks{u"我的快递三天都没动了，怎么回事？", u"物流一直不更新，是不是丢件了",
                          u"都五天了还没到，你们发的什么快递啊"};
    s.steps.append(say(pick(random, asks)));
    const std::array follow{u"能帮我催一下吗，急着穿", u"要是丢了怎么办", u"那什么时候能到？"};
    s.steps.append(say(pick(random, follow)));
    s.steps.append(say(u"好吧，麻烦尽快哈"_s, false));
}

void BuyerLibrary::addRefund(BuyerScript& s, QRandomGenerator& random) const {
    const std::array reasons{u"尺码不合适", u"颜色与描述不符", u"不喜欢/效果不好"};
    s.refundReason = pick(random, reasons);
    s.refundType = random.bounded(3U) == 0U ? AfterSaleType::RefundOnly : AfterSaleType::ReturnAndRefund;
    s.steps.append(order(TradeStatus::WaitBuyerConfirmGoods));
    s.steps.append(card(MessageKind::OrderCard, s.tid));
    const std::array asks{u"衣服有点小了，可以退吗？", u"收到了但是颜色和图片差好多，能退货退款吗",
                          u"不太合适，想退掉"};
    s.steps.append(say(pick(random, asks)));
    BuyerStep refund;
    refund.action = BuyerStep::Action::RefundOpened;
    s.steps.append(refund);
    s.steps.append(say(u"我已经申请退款了，麻烦同意一下"_s));
    s.steps.append(say(u"运费谁出呀？"_s));
}

void BuyerLibrary::addOrder(BuyerScript& s, const SimProduct& product, QRandomGenerator& random) const {
    s.steps.append(card(MessageKind::ProductCard, product.numIid));
    const std::array asks{u"有优惠券吗？", u"现在有活动吗", u"两件能便宜点吗"};
    s.steps.append(say(pick(random, asks)));
    s.steps.append(order(TradeStatus::WaitBuyerPay));
    s.steps.append(card(MessageKind::OrderCard, s.tid));
    s.steps.append(say(u"拍好了，地址没问题吧"_s));
    s.steps.append(order(TradeStatus::WaitSellerSendGoods));
    const std::array done{u"付款了，尽快发货哦", u"已付款 麻烦今天发", u"付好了~"};
    s.steps.append(say(pick(random, done)));
}

}  // namespace kefu
