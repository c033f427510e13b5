#include "core/Masking.h"

#include "core/PhoneNumber.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qsizetype kShortNumberDigits = 7;   // fewer digits than this is no real phone: show only the last 2
constexpr qsizetype kAddressKeepWindow = 12;  // the administrative part of an address sits in its first characters
const QString kMask = u"****"_s;

QString digitsOf(QStringView text) {
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        }
    }
    return digits;
}

// Street-level words that contain a marker character but name no administrative area (阳光花园小区, 农贸市场).
bool isFalseMarker(QStringView address, qsizetype at) {
    static const QList<QStringView> words = {u"小区", u"社区", u"校区", u"市场", u"超市", u"旗舰"};
    for (const QStringView word : words) {
        const qsizetype offset = word.indexOf(address.at(at));
        if (offset >= 0 && at >= offset && address.sliced(at - offset).startsWith(word)) {
            return true;
        }
    }
    return false;
}

// Where the last administrative marker (省 市 区 县 自治区 自治州 盟 旗) ends within the window, or 0.
// 自治区 ends in 区, so the 区 marker covers it; 自治州 must be matched whole because 杭州 is not a marker.
qsizetype administrativePrefixLength(QStringView address) {
    static const QList<QStringView> markers = {u"省", u"市", u"区", u"县", u"自治州", u"盟", u"旗"};
    const QStringView window = address.first(qMin(address.size(), kAddressKeepWindow));
    qsizetype end = 0;
    for (const QStringView marker : markers) {
        // Forward search on purpose: Qt 6.4's QStringView::lastIndexOf can look one character past the view's end.
        for (qsizetype at = window.indexOf(marker); at >= 0; at = window.indexOf(marker, at + 1)) {
            const qsizetype last = at + marker.size() - 1;
            if (!isFalseMarker(address, last)) {
                end = qMax(end, last + 1);
            }
        }
    }
    return end;
}

}  // namespace

QString Masking::phone(QStringView phone) {
    const QString mobile = PhoneNumber::mobileDigits(phone);
    if (!mobile.isEmpty()) {
        return mobile.first(3) % kMask % mobile.last(4);
    }
    if (const auto landline = PhoneNumber::parseLandline(phone)) {
        return landline->areaCode % u'-' % kMask % landline->number.last(4);
    }
    const QString digits = digitsOf(phone);
    if (digits.isEmpty()) {
        return {};
    }
    if (digits.size() < kShortNumberDigits) {
        const qsizetype shown = digits.size() > 2 ? 2 : 0;
        return QString(digits.size() - shown, u'*') % digits.last(shown);
    }
    return kMask % digits.last(4);
}

QString Masking::address(QStringView address) {
    const QStringView trimmed = address.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const qsizetype keep = administrativePrefixLength(trimmed);
    if (keep == trimmed.size()) {
        return trimmed.toString();
    }
    return trimmed.first(keep) % kMask;
}

QString Masking::name(QStringView name) {
    const QList<uint> codePoints = name.trimmed().toUcs4();
    if (codePoints.isEmpty()) {
        return {};
    }
    if (codePoints.size() == 1) {
        return u"*"_s;
    }
    const char32_t first = codePoints.front();
    return QString::fromUcs4(&first, 1) % QString(codePoints.size() - 1, u'*');
}

}  // namespace kefu
