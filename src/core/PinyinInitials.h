#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <span>

namespace kefu {

// Pinyin initials of Han characters (from Unihan, generated at build time), so that "fh" finds 发货 and
// "yh" or "yx" finds 银行: quick phrases are looked up by the initials agents type.
class PinyinInitials {
public:
    // Bit n set ⇔ 'a' + n is an initial of one of c's readings (行 → h|x); 0 for anything but a Han character.
    static quint32 initialsMask(char32_t c);
    // The initial of c's most common reading (kMandarin first), or 0 for anything but a Han character.
    static char firstInitial(char32_t c);
    // Whether the lower-case ASCII query spells, one character each, a contiguous run of text: a Han character
    // matches any of its initials, an ASCII letter or digit matches itself (case-insensitively), anything else
    // matches nothing. An empty query matches.
    static bool matches(QStringView text, QStringView query);
    // The most common initial of each Han character, and ASCII letters and digits lower-cased; other characters
    // are dropped. For display and sorting: "XL码发货" → "xlmfh".
    static QString initials(QStringView text);

    // What matches() compares, one 64-bit set per character of text: the initials of a Han character in bits 0..25,
    // an ASCII letter's own bit, an ASCII digit in bits 26..35. Precompute it once to match many queries fast.
    static QList<quint64> characterSets(QStringView text);
    // The bit a query character must find in a character set; 0 when the query character can never match.
    static quint64 queryBit(QChar c);
    // matches() over precomputed sets; `bits` holds queryBit() of each query character.
    static bool matchesSets(std::span<const quint64> sets, std::span<const quint64> bits);
};

}  // namespace kefu
