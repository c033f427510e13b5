#include "core/WangwangEmoticons.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

// Longest first, so the first code that matches at a position is the longest one there.
QList<WangwangEmoticons::Emoticon> byLengthDescending() {
    QList<WangwangEmoticons::Emoticon> sorted = WangwangEmoticons::all();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.code.size() > b.code.size(); });
    return sorted;
}

}  // namespace

const QList<WangwangEmoticons::Emoticon>& WangwangEmoticons::all() {
    static const QList<Emoticon> table = {
        {u"/:^_^"_s, u"微笑"_s, u"🙂"_s},
        {u"/:^$^"_s, u"害羞"_s, u"😊"_s},
        {u"/:Q"_s, u"吐舌头"_s, u"😛"_s},
        {u"/:815"_s, u"偷笑"_s, u"🤭"_s},
        {u"/:809"_s, u"爱慕"_s, u"😍"_s},
        {u"/:^O^"_s, u"大笑"_s, u"😄"_s},
        {u"/:081"_s, u"跳舞"_s, u"💃"_s},
        {u"/:087"_s, u"飞吻"_s, u"😘"_s},
        {u"/:086"_s, u"安慰"_s, u"🤗"_s},
        {u"/:H"_s, u"抱抱"_s, u"🫂"_s},
        {u"/:012"_s, u"加油"_s, u"💪"_s},
        {u"/:806"_s, u"胜利"_s, u"✌️"_s},
        {u"/:b"_s, u"强"_s, u"👍"_s},
        {u"/:^x^"_s, u"亲亲"_s, u"😚"_s},
        {u"/:814"_s, u"花痴"_s, u"🥰"_s},
        {u"/:^W^"_s, u"露齿笑"_s, u"😁"_s},
        {u"/:080"_s, u"查找"_s, u"🔍"_s},
        {u"/:066"_s, u"呼叫"_s, u"📣"_s},
        {u"/:807"_s, u"算账"_s, u"🧮"_s},
        {u"/:805"_s, u"财迷"_s, u"🤑"_s},
        {u"/:071"_s, u"好主意"_s, u"💡"_s},
        {u"/:072"_s, u"鬼脸"_s, u"😜"_s},
        {u"/:065"_s, u"天使"_s, u"😇"_s},
        {u"/:804"_s, u"再见"_s, u"👋"_s},
        {u"/:813"_s, u"流口水"_s, u"🤤"_s},
        {u"/:818"_s, u"享受"_s, u"😌"_s},
        {u"/:084"_s, u"呆若木鸡"_s, u"😶"_s},
        {u"/:801"_s, u"思考"_s, u"🤔"_s},
        {u"/:811"_s, u"迷惑"_s, u"😕"_s},
        {u"/:?"_s, u"疑问"_s, u"❓"_s},
        {u"/:077"_s, u"没钱了"_s, u"💸"_s},
        {u"/:083"_s, u"无聊"_s, u"😑"_s},
        {u"/:817"_s, u"怀疑"_s, u"🤨"_s},
        {u"/:!"_s, u"嘘"_s, u"🤫"_s},
        {u"/:079"_s, u"摇头"_s, u"🙅"_s},
        {u"/:028"_s, u"感冒"_s, u"🤧"_s},
        {u"/:026"_s, u"尴尬"_s, u"😅"_s},
        {u"/:007"_s, u"傻笑"_s, u"😆"_s},
        {u"/:816"_s, u"不会吧"_s, u"😲"_s},
        {u"/:802"_s, u"流汗"_s, u"😓"_s},
        {u"/:(Zz...)"_s, u"困了"_s, u"😴"_s},
        {u"/:*&*"_s, u"晕"_s, u"😵"_s},
        {u"/:810"_s, u"忧伤"_s, u"😔"_s},
        {u"/:>_<"_s, u"委屈"_s, u"🥺"_s},
        {u"/:018"_s, u"悲泣"_s, u"😢"_s},
        {u"/:>O<"_s, u"大哭"_s, u"😭"_s},
        {u"/:819"_s, u"对不起"_s, u"🙇"_s},
        {u"/:812"_s, u"皱眉"_s, u"😟"_s},
        {u"/:>M<"_s, u"生病"_s, u"😷"_s},
        {u"/:069"_s, u"惊讶"_s, u"😮"_s},
        {u"/:O=O"_s, u"老大"_s, u"😎"_s},
        {u"/:O"_s, u"惊愕"_s, u"😱"_s},
        {u"/:067"_s, u"闭嘴"_s, u"🤐"_s},
        {u"/:808"_s, u"大怒"_s, u"😡"_s},
        {u"/:>W<"_s, u"生气"_s, u"😠"_s},
        {u"/:073"_s, u"财神"_s, u"🧧"_s},
        {u"/:803"_s, u"恭喜发财"_s, u"🧧"_s},
        {u"/:052"_s, u"招财猫"_s, u"🐱"_s},
        {u"/:(OK)"_s, u"成交"_s, u"👌"_s},
        {u"/:8*8"_s, u"鼓掌"_s, u"👏"_s},
        {u"/:)-("_s, u"握手"_s, u"🤝"_s},
        {u"/:lip"_s, u"红唇"_s, u"💋"_s},
        {u"/:-F"_s, u"玫瑰"_s, u"🌹"_s},
        {u"/:-W"_s, u"残花"_s, u"🥀"_s},
        {u"/:Y"_s, u"爱心"_s, u"❤️"_s},
        {u"/:qp"_s, u"心碎"_s, u"💔"_s},
        {u"/:$"_s, u"钱"_s, u"💰"_s},
        {u"/:%"_s, u"购物"_s, u"🛍️"_s},
        {u"/:(&)"_s, u"礼物"_s, u"🎁"_s},
        {u"/:@"_s, u"收邮件"_s, u"📧"_s},
        {u"/:~B"_s, u"电话"_s, u"📞"_s},
        {u"/:U*U"_s, u"举杯庆祝"_s, u"🥂"_s},
        {u"/:clock"_s, u"时钟"_s, u"⏰"_s},
        {u"/:R"_s, u"等待"_s, u"⏳"_s},
        {u"/:C"_s, u"很晚了"_s, u"🌙"_s},
        {u"/:plane"_s, u"飞机"_s, u"✈️"_s},
        {u"/:075"_s, u"支付宝"_s, u"💳"_s},
    };
    return table;
}

QString WangwangEmoticons::toDisplay(const QString& text) {
    if (!text.contains(u"/:"_s)) {
        return text;
    }
    static const QList<Emoticon> sorted = byLengthDescending();
    QString shown;
    shown.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QStringView code = QStringView(text).sliced(i);
        const Emoticon* hit = nullptr;
        if (code.startsWith(u"/:")) {
            for (const Emoticon& e : sorted) {
                if (code.startsWith(e.code)) {
                    hit = &e;
                    break;
                }
            }
        }
        if (hit) {
            shown.append(hit->emoji);
            i += hit->code.size();
        } else {
            shown.append(text.at(i));
            ++i;
        }
    }
    return shown;
}

}  // namespace kefu
