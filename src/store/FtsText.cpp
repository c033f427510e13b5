#include "store/FtsText.h"

#include <QChar>
#include <QList>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

constexpr char32_t kProlongedSoundMark = 0x30FC;  // ー: script Common, but it belongs inside a katakana word

enum class CharClass { Separator, Cjk, Letter, Digit };

CharClass classify(char32_t c) {
    switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            return CharClass::Cjk;
        default:
            break;
    }
    if (c == kProlongedSoundMark) {
        return CharClass::Cjk;
    }
    if (QChar::isDigit(c)) {
        return CharClass::Digit;
    }
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
        return CharClass::Letter;
    }
    return CharClass::Separator;
}

// A maximal run of CJK characters, or of letters and digits (a "word").
struct Run {
    bool cjk = false;
    QList<char32_t> chars;
    QList<CharClass> classes;
};

// Full-width letters and digits (ＸＬ，１５) become ASCII through NFKC, so both spellings index alike.
QList<Run> splitRuns(const QString& text) {
    QList<Run> runs;
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_KC).toUcs4();
    CharClass previous = CharClass::Separator;
    for (const uint cp : codePoints) {
        const auto c = static_cast<char32_t>(cp);
        CharClass cls = classify(c);
        // A combining mark continues whatever run it follows.
        if (cls == CharClass::Letter && QChar::isMark(c) && previous != CharClass::Separator) {
            cls = previous;
        }
        if (cls == CharClass::Separator) {
            previous = cls;
            continue;
        }
        const bool cjk = cls == CharClass::Cjk;
        const bool continues = previous != CharClass::Separator && (cjk == (previous == CharClass::Cjk));
        if (!continues) {
            runs.append(Run{cjk, {}, {}});
        }
        runs.last().chars.append(c);
        runs.last().classes.append(cls);
        previous = cls;
    }
    return runs;
}

QString fromChars(const QList<char32_t>& chars, qsizetype from, qsizetype count) {
    return QString::fromUcs4(chars.constData() + from, count).toLower();
}

// "iPhone15" → {"iphone", "15"}: letters and digits split where they meet.
QStringList wordParts(const Run& run) {
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= run.chars.size(); ++i) {
        if (i == run.chars.size() || run.classes.at(i) != run.classes.at(i - 1)) {
            parts.append(fromChars(run.chars, start, i - start));
            start = i;
        }
    }
    return parts;
}

QStringList bigrams(const Run& run) {
    QStringList grams;
    for (qsizetype i = 0; i + 1 < run.chars.size(); ++i) {
        grams.append(fromChars(run.chars, i, 2));
    }
    return grams;
}

// Which unfinished word parts become prefix terms (see FtsText.h).
enum class Prefixes { Every, Long, Short };

bool isPrefix(const QString& part, Prefixes prefixes) {
    switch (prefixes) {
        case Prefixes::Every:
            return true;
        case Prefixes::Long:
            return part.size() >= 3;
        case Prefixes::Short:
            return part.size() >= 2 || part.front().isDigit();
    }
    return true;
}

QString quoted(const QString& term) {
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

// Latin/digit parts at the end of a run become prefix terms when `prefixes` says so.
QString buildMatchExpression(const QString& query, Prefixes prefixes) {
    QStringList terms;
    const auto add = [&terms](const QString& term) {
        if (!terms.contains(term)) {
            terms.append(term);
        }
    };
    for (const Run& run : splitRuns(query)) {
        if (run.cjk) {
            if (run.chars.size() == 1) {
                add(quoted(fromChars(run.chars, 0, 1)));
            }
            for (const QString& gram : bigrams(run)) {
                add(quoted(gram));
            }
            continue;
        }
        // Parts, not the whole run: the query "iPhone15" must also find a text that wrote "iPhone 15". Only the
        // last part may be unfinished; the others are whole, and a one-letter prefix such as "k"* in "K10234"
        // would pull in every model number of the catalogue (~100 ms at 100k products, against ~2 ms exact).
        // A last part too short to be a prefix of its own ("K88", "SL2") is typed on the way to a model number:
        // the whole run, which is indexed too, is the prefix ("k88"*), and that is selective enough.
        const QStringList parts = wordParts(run);
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            add(quoted(parts[i]));
        }
        if (isPrefix(parts.constLast(), prefixes)) {
            add(quoted(parts.constLast()) + u'*');
        } else if (parts.size() > 1) {
            add(quoted(fromChars(run.chars, 0, run.chars.size())) + u'*');
        } else {
            add(quoted(parts.constLast()));
        }
    }
    return terms.join(u" AND "_s);
}

}  // namespace

QString FtsText::indexTokens(const QString& text) {
    QStringList tokens;
    for (const Run& run : splitRuns(text)) {
        if (run.cjk) {
            for (qsizetype i = 0; i < run.chars.size(); ++i) {
                tokens.append(fromChars(run.chars, i, 1));
            }
            tokens.append(bigrams(run));
            continue;
        }
        // The whole run and its letter/digit parts, so "iPhone15" is found by "iphone15", "iphone 15" and "15".
        tokens.append(fromChars(run.chars, 0, run.chars.size()));
        const QStringList parts = wordParts(run);
        if (parts.size() > 1) {
            tokens.append(parts);
        }
    }
    return tokens.join(u' ');
}

QString FtsText::matchExpression(const QString& query) {
    return buildMatchExpression(query, Prefixes::Every);
}

QString FtsText::catalogueMatchExpression(const QString& query, bool shortPrefixes) {
    return buildMatchExpression(query, shortPrefixes ? Prefixes::Short : Prefixes::Long);
}

}  // namespace kefu
