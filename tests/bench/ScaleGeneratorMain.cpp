// kefu-scalegen: writes a benchmark-scale store (100k conversations, 1M messages, 200k orders, 100k products).
#include "bench/ScaleGenerator.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Generates a KefuDesk store at benchmark scale."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The store to create (must not exist)."_s, u"path"_s);
    const QCommandLineOption scaleOption(u"scale"_s, u"Multiply every count by this factor (default 1)."_s, u"factor"_s,
                                         u"1"_s);
    const QCommandLineOption titlesOption(u"titles"_s, u"Product titles, one a line."_s, u"path"_s,
                                          QStringLiteral(KEFU_SHARED_DATA_DIR "/taobao-product-titles.txt"));
    parser.addOptions({dbOption, scaleOption, titlesOption});
    parser.process(app);

    const QString path = parser.value(dbOption);
    if (path.isEmpty() || QFile::exists(path)) {
        std::fprintf(stderr, "kefu-scalegen: give --db PATH of a file that does not exist yet\n");
        return 2;
    }
    bool scaleOk = false;
    const double factor = parser.value(scaleOption).toDouble(&scaleOk);
    kefu::Result<QStringList> titles = kefu::ScaleGenerator::readLines(parser.value(titlesOption));
    if (!scaleOk || factor <= 0 || !titles) {
        std::fprintf(stderr, "kefu-scalegen: bad --scale or unreadable --titles\n");
        return 2;
    }
    auto db = kefu::Database::open(path, u"scalegen"_s);
    if (!db) {
        std::fprintf(stderr, "kefu-scalegen: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const auto scale = kefu::ScaleGenerator::Scale{}.scaled(factor);
    // A fixed "now" keeps the data identical between runs: 2026-11-23 10:00 Shanghai.
    const qint64 nowMs = QDateTime::fromString(u"2026-11-23T02:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
    kefu::ScaleGenerator generator(**db, scale, *titles, nowMs);
    QElapsedTimer total;
    total.start();
    auto result = generator.run([](const kefu::ScaleGenerator::Timing& t) {
        std::printf("%-24s %9d rows %8lld ms %10.0f rows/s\n", qPrintable(t.step), t.rows,
                    static_cast<long long>(t.elapsedMs), t.elapsedMs > 0 ? t.rows * 1000.0 / t.elapsedMs : 0.0);
        std::fflush(stdout);
    });
    if (!result) {
        std::fprintf(stderr, "kefu-scalegen: %s (%s)\n", qPrintable(result.error().message),
                     qPrintable(result.error().detail));
        return 1;
    }
    std::printf("total %lld ms\n", static_cast<long long>(total.elapsed()));
    return 0;
}
