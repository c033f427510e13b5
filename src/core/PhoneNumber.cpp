#include "core/PhoneNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kMobileDigits = 11;

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// Beijing (010) and the 02x cities have three-digit area codes; every other area code has four.
qsizetype areaCodeLength(QStringView digits) {
    return digits.startsWith(u"01"_s) || digits.startsWith(u"02"_s) ? 3 : 4;
}

}  // namespace

QString PhoneNumber::mobileDigits(QStringView text) {
    const QStringView trimmed = text.trimmed();
    QString digits;
    digits.reserve(trimmed.size());
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (isAsciiDigit(c) || (c == u'+' && i == 0)) {
            digits.append(c);
        } else if (c != u' ' && c != u'-') {
            return {};
        }
    }
    if (digits.startsWith(u"+86"_s)) {
        digits.remove(0, 3);
    } else if (digits.startsWith(u"0086"_s)) {
        digits.remove(0, 4);
    } else if (digits.size() == kMobileDigits + 2 && digits.startsWith(u"861"_s)) {
        digits.remove(0, 2);
    }
    const bool isMobile =
        digits.size() == kMobileDigits && digits[0] == u'1' && digits[1] >= u'3' && !digits.contains(u'+');
    return isMobile ? digits : QString();
}

std::optional<PhoneNumber::Landline> PhoneNumber::parseLandline(QStringView text) {
    static const QRegularExpression separated(u"^(0\\d{2,3})[- ](\\d{7,8})(?:[- ]\\d{1,6})?$"_s);
    static const QRegularExpression joined(u"^0\\d{9,11}$"_s);
    const QStringView trimmed = text.trimmed();
    const QRegularExpressionMatch m = separated.match(trimmed);
    if (m.hasMatch()) {
        return Landline{m.captured(1), m.captured(2)};
    }
    if (!joined.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    // Without a separator the split follows from the area code's first digits.
    const qsizetype areaLength = areaCodeLength(trimmed);
    const qsizetype numberLength = trimmed.size() - areaLength;
    if (numberLength < 7 || numberLength > 8) {
        return std::nullopt;
    }
    return Landline{trimmed.first(areaLength).toString(), trimmed.sliced(areaLength).toString()};
}

bool PhoneNumber::isMobileOrLandline(QStringView text) {
    return !mobileDigits(text).isEmpty() || parseLandline(text).has_value();
}

}  // namespace kefu
