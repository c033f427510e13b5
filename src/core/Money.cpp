#include "core/Money.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr quint64 kMaxMagnitude = quint64(std::numeric_limits<qint64>::max()) + 1;  // |INT64_MIN|

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// Appends one decimal digit to a non-negative magnitude, refusing anything beyond |INT64_MIN|.
bool pushDigit(quint64& magnitude, QChar digit) {
    const quint64 d = quint64(digit.unicode() - u'0');
    if (magnitude > (kMaxMagnitude - d) / 10) {
        return false;
    }
    magnitude = magnitude * 10 + d;
    return true;
}

// The yuan part: plain digits, or 1–3 digits followed by groups of exactly three separated by commas.
bool parseYuanDigits(QStringView text, quint64& magnitude) {
    if (text.isEmpty()) {
        return false;
    }
    const bool grouped = text.contains(u',');
    qsizetype digitsSinceComma = 0;
    bool sawComma = false;
    for (const QChar c : text) {
        if (c == u',') {
            // The first group may be 1–3 digits, every later one exactly 3.
            if (digitsSinceComma == 0 || (sawComma && digitsSinceComma != 3) || digitsSinceComma > 3) {
                return false;
            }
            sawComma = true;
            digitsSinceComma = 0;
            continue;
        }
        if (!isAsciiDigit(c) || !pushDigit(magnitude, c)) {
            return false;
        }
        ++digitsSinceComma;
    }
    return !grouped || digitsSinceComma == 3;
}

bool isYuanSign(QChar c) {
    return c == QChar(0x00A5) || c == QChar(0xFFE5);
}

}  // namespace

std::optional<Money> Money::parse(QStringView text) {
    QStringView rest = text.trimmed();
    bool negative = false;
    bool sawSign = false;
    bool sawCurrency = false;
    // Accept "-¥12.30", "¥-12.30" and "¥ 12.30": at most one sign and one currency mark before the digits.
    while (!rest.isEmpty()) {
        const QChar c = rest.front();
        if ((c == u'-' || c == u'+') && !sawSign) {
            sawSign = true;
            negative = c == u'-';
            rest = rest.sliced(1);
        } else if (isYuanSign(c) && !sawCurrency) {
            sawCurrency = true;
            rest = rest.sliced(1).trimmed();
        } else {
            break;
        }
    }

    const qsizetype dot = rest.indexOf(u'.');
    const QStringView yuanPart = dot < 0 ? rest : rest.first(dot);
    const QStringView fenPart = dot < 0 ? QStringView() : rest.sliced(dot + 1);
    if (dot >= 0 && (fenPart.isEmpty() || fenPart.size() > 2)) {
        return std::nullopt;
    }

    quint64 magnitude = 0;
    if (!parseYuanDigits(yuanPart, magnitude)) {
        return std::nullopt;
    }
    // Two fen digits always follow, padded: "12.3" is 1230 fen.
    for (qsizetype i = 0; i < 2; ++i) {
        const QChar c = i < fenPart.size() ? fenPart[i] : u'0';
        if (!isAsciiDigit(c) || !pushDigit(magnitude, c)) {
            return std::nullopt;
        }
    }

    if (negative) {
        return Money(qint64(0 - magnitude));  // well defined even for |INT64_MIN| via modular unsigned arithmetic
    }
    if (magnitude > quint64(std::numeric_limits<qint64>::max())) {
        return std::nullopt;
    }
    return Money(qint64(magnitude));
}

QString Money::toYuanString() const {
    const quint64 magnitude = m_fen < 0 ? 0 - quint64(m_fen) : quint64(m_fen);
    const quint64 cents = magnitude % 100;
    return (m_fen < 0 ? u"-"_s : QString()) % QString::number(magnitude / 100) % u'.' % QChar(u'0' + int(cents / 10)) %
           QChar(u'0' + int(cents % 10));
}

QString Money::display() const {
    // The sign goes before the currency mark: "-¥0.05".
    const QString yuan = toYuanString();
    if (m_fen < 0) {
        return u"-¥"_s % QStringView(yuan).sliced(1);
    }
    return u"¥"_s % yuan;
}

Money Money::discounted(int permille) const {
    // Split into thousands and a remainder so fen × permille cannot overflow for any realistic amount.
    const bool negative = m_fen < 0;
    const qint64 magnitude = negative ? -m_fen : m_fen;
    const qint64 whole = magnitude / 1000 * permille;
    const qint64 part = (magnitude % 1000 * permille + 500) / 1000;  // half up, symmetric around zero
    const qint64 result = whole + part;
    return Money(negative ? -result : result);
}

}  // namespace kefu
