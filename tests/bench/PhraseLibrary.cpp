#include "bench/PhraseLibrary.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kefu {

QList<QuickPhrase> generatePhraseLibrary(int count) {
    const QStringList groups = {u"欢迎语"_s, u"售前"_s, u"尺码"_s, u"物流"_s, u"售后"_s, u"催付"_s, u"结束语"_s};
    const QStringList openers = {u"亲，"_s, u"您好，"_s, u"亲爱的{买家昵称}，"_s, u"在的亲，"_s, u""_s};
    const QStringList middles = {u"我们一般48小时内发货，默认中通快递"_s,
                                 u"这款XL码适合120-140斤的亲"_s,
                                 u"退款已经为您处理，1-3个工作日到账"_s,
                                 u"现在下单满199减20，还可以叠加店铺优惠券"_s,
                                 u"面料是纯棉的，透气不起球"_s,
                                 u"建议拍大一码，版型偏小"_s,
                                 u"七天无理由退换，运费险已为您投保"_s,
                                 u"订单{订单号}已经发出，请注意查收"_s,
                                 u"颜色以实物为准，可能有轻微色差"_s,
                                 u"您的宝贝还没有付款哦，库存紧张"_s,
                                 u"换货请在订单页申请，寄回时备注订单号"_s,
                                 u"洗涤时请反面冷水手洗，不要暴晒"_s};
    const QStringList closers = {u"～"_s, u"，有问题随时找我哦"_s, u"，祝您购物愉快！"_s, u"。"_s, u"，感谢支持～"_s};
    QList<QuickPhrase> phrases;
    phrases.reserve(count);
    quint32 seed = 20261123;
    const auto next = [&seed](int bound) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(bound));
    };
    for (int i = 0; i < count; ++i) {
        QuickPhrase p;
        p.id = i + 1;
        p.groupName = groups[next(int(groups.size()))];
        p.scope = PhraseScope::Shop;
        p.shortcutCode = u"%1%2"_s.arg(QChar(char16_t(u'a' + next(26)))).arg(i);
        p.body = openers[next(int(openers.size()))] + middles[next(int(middles.size()))] +
                 middles[next(int(middles.size()))] + closers[next(int(closers.size()))];
        p.useCount = next(500);
        p.sortOrder = i;
        phrases << p;
    }
    return phrases;
}

}  // namespace kefu
