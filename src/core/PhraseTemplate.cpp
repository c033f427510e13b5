#include "core/PhraseTemplate.h"

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

// Length of a {名字} placeholder starting at `at` (braces included), or 0 when the brace is plain text:
// a lone "{", "{}", or a name with punctuation or spaces such as "{ 满减 }" or "{a-b}".
qsizetype placeholderLength(const QString& body, qsizetype at) {
    if (body.at(at) != u'{') {
        return 0;
    }
    qsizetype i = at + 1;
    while (i < body.size()) {
        char32_t c = body.at(i).unicode();
        qsizetype width = 1;
        if (body.at(i).isHighSurrogate() && i + 1 < body.size() && body.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(body.at(i), body.at(i + 1));
            width = 2;
        }
        if (!QChar::isLetterOrNumber(c)) {
            break;
        }
        i += width;
    }
    if (i == at + 1 || i >= body.size() || body.at(i) != u'}') {
        return 0;
    }
    return i - at + 1;
}

// Walks the body once, handing plain text and variable names to the callbacks in order.
template <typename OnText, typename OnVariable>
void scan(const QString& body, OnText onText, OnVariable onVariable) {
    qsizetype textStart = 0;
    qsizetype i = 0;
    while (i < body.size()) {
        const qsizetype length = placeholderLength(body, i);
        if (length == 0) {
            ++i;
            continue;
        }
        onText(QStringView(body).sliced(textStart, i - textStart));
        onVariable(body.sliced(i + 1, length - 2));
        i += length;
        textStart = i;
    }
    onText(QStringView(body).sliced(textStart));
}

}  // namespace

const QStringList& PhraseTemplate::knownVariables() {
    static const QStringList known = {u"买家昵称"_s, u"订单号"_s,   u"物流公司"_s, u"物流单号"_s,
                                      u"店铺名"_s,   u"客服昵称"_s, u"商品名"_s};
    return known;
}

QStringList PhraseTemplate::variables(const QString& body) {
    QStringList names;
    scan(
        body, [](QStringView) {},
        [&names](const QString& name) {
            if (!names.contains(name)) {
                names.append(name);
            }
        });
    return names;
}

QStringList PhraseTemplate::pendingKnownVariables(const QString& text) {
    QStringList pending = variables(text);
    pending.removeIf([](const QString& name) { return !knownVariables().contains(name); });
    return pending;
}

PhraseTemplate::Filled PhraseTemplate::fill(const QString& body, const QHash<QString, QString>& values) {
    Filled filled;
    filled.text.reserve(body.size());
    scan(
        body, [&filled](QStringView text) { filled.text.append(text); },
        [&filled, &values](const QString& name) {
            // A value is inserted as is and never scanned again, so a nickname like "{店铺名}" stays literal.
            const QString value = values.value(name);
            if (!value.isEmpty()) {
                filled.text.append(value);
                return;
            }
            filled.text.append(u'{' % name % u'}');
            if (!filled.unfilled.contains(name)) {
                filled.unfilled.append(name);
            }
        });
    return filled;
}

}  // namespace kefu
