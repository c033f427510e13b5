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
};

}  // namespace kefu
