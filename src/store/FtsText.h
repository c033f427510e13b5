#pragma once

#include <QString>
#include <QStringList>

namespace kefu {

// Chinese-aware text for the FTS5 indexes. SQLite's unicode61 tokenizer treats a run of Chinese as one token and
// trigram cannot match under three characters, so CJK runs are indexed as unigrams + bigrams and Latin/digit runs
// as lower-cased words; the result is space-separated and unicode61 only has to split on spaces.
class FtsText {
public:
    // "这款iPhone 15掉色吗" → "这 款 这款 iphone 15 掉 色 吗 掉色 色吗"
    static QString indexTokens(const QString& text);
    // A user's query → an FTS5 MATCH expression, or empty when nothing searchable remains.
    // Each CJK run of 2+ chars becomes its bigrams, a single char its unigram; Latin words match as prefixes
    // ("iph" finds iPhone); all terms must match (AND). Every term is quoted, so user input can't inject syntax.
    static QString matchExpression(const QString& query);
    // The same for the product catalogue, where one token (a size such as "xl", a digit) is in nearly every product:
    // a word part is a prefix only when it ends its run and has at least three characters ("iph"* finds iPhone,
    // "202"* finds 2024); a shorter one matches whole words only ("xl", "5", "s"), because FTS5 merges the doclists
    // of every indexed word a prefix starts (~15 ms for "s"* at 100k products, ~0.1 ms for "s"). A short last part
    // of a mixed run makes the whole run the prefix instead: "K88" → "k" AND "k88"*, so model numbers are found
    // while they are typed. With `shortPrefixes`, two-character parts and single digits are prefixes too ("12"*
    // finds 120, "fp"* FPC): the second, looser pass of a search that whole words did not fill. A single letter is
    // never a prefix (it would match every size S/M/L).
    static QString catalogueMatchExpression(const QString& query, bool shortPrefixes = false);
};

}  // namespace kefu
