// Reads Unihan_Readings.txt and writes a C++ source holding, for every Han code point with a Mandarin reading,
// the set of its pinyin initials, as a sorted array that PinyinInitials binary-searches.
//
// usage: kefu-pinyin-gen Unihan_Readings.txt OUTPUT.cpp
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMap>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Field priority: the first initial found in this order is the "most common" one shown by initials().
constexpr std::array<QLatin1StringView, 4> kFields = {"kMandarin"_L1, "kHanyuPinlu"_L1, "kXHC1983"_L1, "kTGHZ2013"_L1};
// Below this the input is not the Unihan file we know (truncated, or its format changed): fail the build.
constexpr qsizetype kMinimumEntries = 20000;

struct Readings {
    std::array<QStringList, kFields.size()> byField;
};

// "0442.080:háng" (kXHC1983, kTGHZ2013) → háng; "háng(218)" (kHanyuPinlu) → háng; "xíng" (kMandarin) → xíng.
QString readingOf(QStringView token) {
    const qsizetype colon = token.lastIndexOf(u':');
    if (colon >= 0) {
        token = token.mid(colon + 1);
    }
    const qsizetype paren = token.indexOf(u'(');
    if (paren >= 0) {
        token = token.left(paren);
    }
    return token.toString();
}

// The initial as a letter index 0..25, or -1; decomposition strips tone marks and the diaeresis (ǎ→a, ü→u, ḿ→m).
int initialOf(const QString& reading) {
    const QString plain = reading.normalized(QString::NormalizationForm_D).toLower();
    if (plain.isEmpty()) {
        return -1;
    }
    const char16_t c = plain.front().unicode();
    return c >= u'a' && c <= u'z' ? c - u'a' : -1;
}

bool parse(QFile& in, QMap<uint, Readings>& out, int& skipped) {
    QTextStream stream(&in);
    stream.setEncoding(QStringConverter::Utf8);
    QString line;
    while (stream.readLineInto(&line)) {
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList parts = line.split(u'\t');
        if (parts.size() < 3 || !parts[0].startsWith(u"U+")) {
            continue;
        }
        const auto field = std::find(kFields.begin(), kFields.end(), parts[1]);
        if (field == kFields.end()) {
            continue;
        }
        bool ok = false;
        const uint codePoint = QStringView(parts[0]).mid(2).toUInt(&ok, 16);
        if (!ok) {
            ++skipped;
            continue;
        }
        QStringList& readings = out[codePoint].byField[std::size_t(field - kFields.begin())];
        // Locations may be listed together ("0002.010,0002.011:xx"), so cut them off before splitting on ','.
        for (const QString& token : parts[2].split(u' ', Qt::SkipEmptyParts)) {
            readings << readingOf(token).split(u',', Qt::SkipEmptyParts);
        }
    }
    return stream.status() == QTextStream::Ok;
}

// One entry: code point in the high 32 bits, the first-listed initial in bits 26..30, the initial set in 0..25.
quint64 entryFor(uint codePoint, const Readings& r, int& skipped) {
    quint32 mask = 0;
    int first = -1;
    for (const QStringList& readings : r.byField) {
        for (const QString& reading : readings) {
            const int initial = initialOf(reading);
            if (initial < 0) {
                ++skipped;
                continue;
            }
            mask |= 1u << initial;
            if (first < 0) {
                first = initial;
            }
        }
    }
    return mask == 0 ? 0 : (quint64(codePoint) << 32) | (quint64(first) << 26) | mask;
}

QByteArray render(const QList<quint64>& entries) {
    QByteArray out;
    out +=
        "// Generated at build time by kefu-pinyin-gen from Unihan_Readings.txt (package unicode-data); do not edit.\n"
        "#include <QtGlobal>\n\nnamespace kefu::detail {\n\n"
        "extern const quint64 kPinyinTable[];\nextern const int kPinyinTableSize;\n\n"
        "const quint64 kPinyinTable[] = {\n";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        out += (i % 6 == 0 ? "    " : " ") + QByteArray("0x") + QByteArray::number(entries[i], 16) + "u,";
        if (i % 6 == 5 || i + 1 == entries.size()) {
            out += '\n';
        }
    }
    out += "};\nconst int kPinyinTableSize = " + QByteArray::number(entries.size()) +
           ";\n\n}  // namespace kefu::detail\n";
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: kefu-pinyin-gen Unihan_Readings.txt OUTPUT.cpp\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "kefu-pinyin-gen: cannot read %s: %s\n", argv[1], qPrintable(in.errorString()));
        return 1;
    }
    QMap<uint, Readings> readings;
    int skipped = 0;
    if (!parse(in, readings, skipped)) {
        std::fprintf(stderr, "kefu-pinyin-gen: error reading %s\n", argv[1]);
        return 1;
    }
    QList<quint64> entries;
    for (auto it = readings.cbegin(); it != readings.cend(); ++it) {
        if (const quint64 entry = entryFor(it.key(), it.value(), skipped)) {
            entries << entry;
        }
    }
    if (entries.size() < kMinimumEntries) {
        std::fprintf(stderr, "kefu-pinyin-gen: only %lld characters with readings in %s; is it Unihan_Readings.txt?\n",
                     static_cast<long long>(entries.size()), argv[1]);
        return 1;
    }
    if (skipped > 0) {
        std::fprintf(stderr, "kefu-pinyin-gen: skipped %d readings that do not start with a letter\n", skipped);
    }
    QSaveFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(render(entries)) < 0 || !out.commit()) {
        std::fprintf(stderr, "kefu-pinyin-gen: cannot write %s: %s\n", argv[2], qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
