// No user-visible text outside tr(): an English-speaking agent must not meet Chinese that no translator could reach.
// Every string literal with Chinese in it in src/core, src/store and src/channel is inside a tr()/translate() call,
// inside a log:: call (the log is read by developers), or on the short allowlist of data and syntax below.
#include "QtPrinters.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

struct ChineseLiteral {
    int line = 0;
    QString text;      // between the quotes, escapes as written
    QString lineText;  // the source line the literal starts on
};

bool isChinese(uint c) {
    return (c >= 0x3000 && c <= 0x303F)        // CJK punctuation: 、。「」
           || (c >= 0x3400 && c <= 0x4DBF)     // extension A
           || (c >= 0x4E00 && c <= 0x9FFF)     // unified ideographs
           || (c >= 0xF900 && c <= 0xFAFF)     // compatibility ideographs
           || (c >= 0xFF00 && c <= 0xFFEF)     // full-width forms: ，：；（）
           || (c >= 0x20000 && c <= 0x2FA1F);  // supplementary ideographs
}

bool hasChinese(QStringView text) {
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), isChinese);
}

// A small C++ lexer: enough to tell comments, string and character literals and calls apart. It keeps the name of
// every call whose parentheses are open, so a literal knows whether it is an argument of tr() or log::warn().
class ChineseLiteralScanner {
public:
    explicit ChineseLiteralScanner(QStringView source) : m_src(source) {}

    // The literals with Chinese that are not arguments of a translating or logging call.
    QList<ChineseLiteral> outsideTr() {
        while (m_pos < m_src.size()) {
            step();
        }
        return m_found;
    }

private:
    void step() {
        const QChar c = m_src.at(m_pos);
        if (ahead(u"//")) {
            skipPast(u"\n");
        } else if (ahead(u"/*")) {
            skipPast(u"*/");
        } else if (c == u'"') {
            stringLiteral(false);
        } else if (c == u'\'') {
            charLiteral();
        } else if (c.isLetter() || c == u'_') {
            identifier();
        } else if (c.isDigit()) {
            number();
        } else if (ahead(u"::")) {
            m_name += u"::"_s;
            m_pos += 2;
        } else {
            if (c == u'(') {
                m_openCalls.append(m_name);
            } else if (c == u')' && !m_openCalls.isEmpty()) {
                m_openCalls.removeLast();
            }
            if (!c.isSpace()) {
                m_name.clear();
            }
            ++m_pos;
        }
    }

    bool ahead(QStringView text) const { return m_src.sliced(m_pos).startsWith(text); }

    void skipPast(QStringView end) {
        const qsizetype at = m_src.indexOf(end, m_pos);
        m_pos = at < 0 ? m_src.size() : at + end.size();
    }

    void identifier() {
        const qsizetype start = m_pos;
        while (m_pos < m_src.size() && (m_src.at(m_pos).isLetterOrNumber() || m_src.at(m_pos) == u'_')) {
            ++m_pos;
        }
        const QStringView word = m_src.sliced(start, m_pos - start);
        if (m_pos < m_src.size() && m_src.at(m_pos) == u'"') {
            static const QStringList prefixes{u"u8"_s, u"u"_s, u"U"_s, u"L"_s};
            static const QStringList rawPrefixes{u"R"_s, u"u8R"_s, u"uR"_s, u"UR"_s, u"LR"_s};
            if (prefixes.contains(word) || rawPrefixes.contains(word)) {
                stringLiteral(rawPrefixes.contains(word));
                return;
            }
        }
        if (!m_name.endsWith(u"::"_s)) {
            m_name.clear();
        }
        m_name += word;
    }

    // Digit separators (1'000) must not open a character literal.
    void number() {
        while (m_pos < m_src.size() && (m_src.at(m_pos).isLetterOrNumber() || m_src.at(m_pos) == u'.' ||
                                        m_src.at(m_pos) == u'\'' || m_src.at(m_pos) == u'_')) {
            ++m_pos;
        }
        m_name.clear();
    }

    void charLiteral() {
        ++m_pos;
        while (m_pos < m_src.size() && m_src.at(m_pos) != u'\'') {
            m_pos += m_src.at(m_pos) == u'\\' ? 2 : 1;
        }
        ++m_pos;
        m_name.clear();
    }

    // At the opening quote; a raw literal runs from R"delim( to )delim".
    void stringLiteral(bool raw) {
        const qsizetype start = m_pos;
        ++m_pos;
        qsizetype textStart = m_pos;
        qsizetype textEnd = m_pos;
        if (raw) {
            const qsizetype open = m_src.indexOf(u'(', m_pos);
            const QString close = u")"_s + m_src.sliced(m_pos, open - m_pos).toString() + u"\""_s;
            textStart = open + 1;
            const qsizetype at = m_src.indexOf(close, textStart);
            textEnd = at < 0 ? m_src.size() : at;
            m_pos = at < 0 ? m_src.size() : at + close.size();
        } else {
            while (m_pos < m_src.size() && m_src.at(m_pos) != u'"' && m_src.at(m_pos) != u'\n') {
                m_pos += m_src.at(m_pos) == u'\\' ? 2 : 1;
            }
            textEnd = qMin(m_pos, m_src.size());
            ++m_pos;
        }
        const QStringView text = m_src.sliced(textStart, textEnd - textStart);
        if (hasChinese(text) && !insideTrOrLog()) {
            m_found.append({lineAt(start), text.toString(), lineTextAt(start)});
        }
        m_name.clear();
    }

    bool insideTrOrLog() const {
        static const QStringList translating{u"tr"_s,           u"translate"_s, u"QT_TR_NOOP"_s, u"QT_TRANSLATE_NOOP"_s,
                                             u"QT_TR_N_NOOP"_s, u"qtTrId"_s};
        return std::any_of(m_openCalls.cbegin(), m_openCalls.cend(), [](const QString& call) {
            return translating.contains(call.section(u"::"_s, -1)) || call.startsWith(u"log::"_s) ||
                   call.contains(u"::log::"_s);
        });
    }

    int lineAt(qsizetype pos) const { return int(m_src.first(pos).count(u'\n')) + 1; }

    QString lineTextAt(qsizetype pos) const {
        const qsizetype begin = m_src.lastIndexOf(u'\n', pos) + 1;
        const qsizetype end = m_src.indexOf(u'\n', pos);
        return m_src.sliced(begin, (end < 0 ? m_src.size() : end) - begin).toString();
    }

    QStringView m_src;
    qsizetype m_pos = 0;
    QString m_name;  // the (qualified) identifier just read: "log::warn", "QCoreApplication::translate"
    QStringList m_openCalls;
    QList<ChineseLiteral> m_found;
};

QList<ChineseLiteral> chineseOutsideTr(QStringView source) {
    return ChineseLiteralScanner(source).outsideTr();
}

// Chinese that is data or syntax, not text for the agent; each stays Chinese whatever the interface language.
struct DataLiteral {
    QString file;                // relative to the source root
    QRegularExpression literal;  // the whole literal, or (table rows) the whole line it is on
    bool byLine = false;
};

QRegularExpression whole(const QString& pattern) {
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

const QList<DataLiteral>& dataLiterals() {
    static const QList<DataLiteral> allowed{
        // The {变量} tokens agents type into quick phrases: template syntax.
        {u"src/core/PhraseTemplate.cpp"_s, whole(u"买家昵称|订单号|物流公司|物流单号|店铺名|客服昵称|商品名"_s)},
        // Digits of the Chinese discount name (八五折); the label around them is translatable and English uses %2.
        {u"src/core/Promotion.cpp"_s, whole(u"零一二三四五六七八九"_s)},
        // The quick-phrase CSV header (Qianniu's file format), and the group stored for a row without one.
        {u"src/core/QuickPhraseCsv.cpp"_s, whole(u"快捷编码|快捷短语|快捷短语分组|未分组"_s)},
        // Joins the price steps, which go into the reply to the buyer and stay Chinese (see kefudesk_en.ts).
        {u"src/core/PriceCalculator.cpp"_s, whole(u"；"_s)},
        // Words recognised in a Chinese address to decide where masking starts.
        {u"src/core/Masking.cpp"_s, whole(u"小区|社区|校区|市场|超市|旗舰|省|市|区|县|自治州|盟|旗"_s)},
        // The actor written into the after-sale timeline for the platform's own moves: stored data, like a nick.
        {u"src/store/AfterSaleRepository.cpp"_s, whole(u"平台"_s)},
        // Rows of Taobao's emoticon table: code, Taobao's name, emoji; only the emoji is shown.
        {u"src/core/WangwangEmoticons.cpp"_s, whole(uR"(\s*\{u"/:.*"_s, u".*"_s, u".*"_s\},)"_s), true},
    };
    return allowed;
}

bool isDataLiteral(const QString& file, const ChineseLiteral& found) {
    const QList<DataLiteral>& allowed = dataLiterals();
    return std::any_of(allowed.cbegin(), allowed.cend(), [&](const DataLiteral& data) {
        const QString& subject = data.byLine ? found.lineText : found.text;
        return data.file == file && data.literal.match(subject).hasMatch();
    });
}

QString sourceRoot() {
    return QDir(QDir(QStringLiteral(KEFU_FIXTURES_DIR)).filePath(u"../.."_s)).canonicalPath();
}

QStringList sourceFiles(const QString& folder, QDirIterator::IteratorFlags flags) {
    QStringList files;
    QDirIterator it(QDir(sourceRoot()).filePath(folder), {u"*.cpp"_s}, QDir::Files, flags);
    while (it.hasNext()) {
        files.append(QDir(sourceRoot()).relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

QString readSource(const QString& file) {
    QFile f(QDir(sourceRoot()).filePath(file));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// "src/core/X.cpp:12: 中文" for every literal an agent could see untranslated.
QStringList untranslatedIn(const QStringList& files) {
    QStringList problems;
    for (const QString& file : files) {
        const QList<ChineseLiteral> found = chineseOutsideTr(readSource(file));
        for (const ChineseLiteral& literal : found) {
            if (!isDataLiteral(file, literal)) {
                problems.append(QString(file % u':' % QString::number(literal.line) % u": "_s % literal.text));
            }
        }
    }
    return problems;
}

void expectAllTranslated(const QString& folder, QDirIterator::IteratorFlags flags) {
    const QStringList files = sourceFiles(folder, flags);
    ASSERT_FALSE(files.isEmpty()) << "no sources under " << folder.toStdString();
    const QStringList problems = untranslatedIn(files);
    EXPECT_TRUE(problems.isEmpty()) << "Chinese outside tr()/translate() (wrap it, or add data to the allowlist):\n"
                                    << problems.join(u'\n').toStdString();
}

TEST(UntranslatedTextTest, CoreHasNoChineseOutsideTr) {
    expectAllTranslated(u"src/core"_s, QDirIterator::NoIteratorFlags);
}

TEST(UntranslatedTextTest, StoreHasNoChineseOutsideTr) {
    expectAllTranslated(u"src/store"_s, QDirIterator::NoIteratorFlags);
}

TEST(UntranslatedTextTest, ChannelHasNoChineseOutsideTr) {
    expectAllTranslated(u"src/channel"_s, QDirIterator::Subdirectories);
}

// A stale entry would let new text in under an old excuse.
TEST(UntranslatedTextTest, EveryAllowlistEntryIsStillNeeded) {
    for (const DataLiteral& data : dataLiterals()) {
        const QList<ChineseLiteral> found = chineseOutsideTr(readSource(data.file));
        EXPECT_TRUE(std::any_of(found.cbegin(), found.cend(),
                                [&](const ChineseLiteral& l) { return isDataLiteral(data.file, l); }))
            << data.file.toStdString() << ": " << data.literal.pattern().toStdString();
    }
}

TEST(UntranslatedTextTest, ScannerFindsBareChineseWithItsLine) {
    const QList<ChineseLiteral> found = chineseOutsideTr(u"int a;\nQString b = u\"发货\"_s;\n"_s);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.at(0).line, 2);
    EXPECT_EQ(found.at(0).text, u"发货"_s);
    EXPECT_EQ(found.at(0).lineText, u"QString b = u\"发货\"_s;"_s);
}

TEST(UntranslatedTextTest, ScannerAcceptsTrTranslateAndLogArguments) {
    const QString source =
        uR"cpp(
        a = tr("网关无响应");
        b = QCoreApplication::translate("kefu::Labels",
                                        "待回复（%1）").arg(n);
        log::warn("实时通道: {} 帧", n);
        log::info(u"实时通道: 已停止"_s);
        kefu::log::warn(
            u"跳过：%1"_s.arg(x ? u"稍后重发"_s : u"不再发送"_s));
    )cpp"_s;
    EXPECT_TRUE(chineseOutsideTr(source).isEmpty());
}

TEST(UntranslatedTextTest, ScannerFindsChineseAfterTheTrCallCloses) {
    const QList<ChineseLiteral> found = chineseOutsideTr(uR"cpp(x = tr("%1 件").arg(u"三"_s);)cpp"_s);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.at(0).text, u"三"_s);
}

TEST(UntranslatedTextTest, ScannerSkipsCommentsAndReadsRawAndCharLiterals) {
    const QString source =
        uR"cpp(
        // u"注释"_s
        /* "块注释" */
        char q = '"'; int n = 1'000; char p = '\'';
        auto raw = uR"x(")中文")x";
        auto after = u"之后"_s;
    )cpp"_s;
    const QList<ChineseLiteral> found = chineseOutsideTr(source);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).text, u"\")中文\""_s);
    EXPECT_EQ(found.at(0).line, 5);
    EXPECT_EQ(found.at(1).text, u"之后"_s);
    EXPECT_EQ(found.at(1).line, 6);
}

TEST(UntranslatedTextTest, ScannerCountsFullWidthPunctuationAsChinese) {
    EXPECT_EQ(chineseOutsideTr(u"s.join(u\"；\"_s);"_s).size(), 1);
    EXPECT_TRUE(chineseOutsideTr(u"s.join(u\"; \"_s + u\"≤ × →\"_s);"_s).isEmpty());
}

}  // namespace
}  // namespace kefu
