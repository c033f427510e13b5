#include "GuiBenchOptions.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

#ifdef KEFUDESK_BIN
const QString kDefaultKefudesk = QStringLiteral(KEFUDESK_BIN);
#else
const QString kDefaultKefudesk;
#endif

bool readCount(const QCommandLineParser& parser, const QCommandLineOption& option, int& into) {
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value <= 0) {
        std::fprintf(stderr, "kefu_gui_bench: --%s needs a positive number\n", qPrintable(option.names().first()));
        return false;
    }
    into = value;
    return true;
}

}  // namespace

std::optional<GuiBenchOptions> GuiBenchOptions::parse(const QStringList& arguments) {
    GuiBenchOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the KefuDesk workbench against issue #3's targets."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"A scratch copy of a kefu-scalegen store (it is written to)."_s, u"path"_s);
    const QCommandLineOption report(u"report"_s, u"Also write the markdown table to this file."_s, u"path"_s);
    const QCommandLineOption kefudesk(u"kefudesk"_s, u"The application binary for the startup case."_s, u"path"_s,
                                      kDefaultKefudesk);
    const QCommandLineOption screenshot(u"screenshot"_s, u"Save the window as the cases left it (PNG)."_s, u"path"_s);
    const QCommandLineOption cases(u"cases"_s, u"Comma-separated: startup,switch,popup,search,scroll."_s, u"list"_s,
                                   options.cases.join(u','));
    const QCommandLineOption startupRuns(u"startup-runs"_s, u"Application starts (default 10)."_s, u"n"_s, u"10"_s);
    const QCommandLineOption switches(u"switches"_s, u"Conversations to switch to (default 200)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption rounds(u"popup-rounds"_s, u"Times the / queries are typed (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption searches(u"searches"_s, u"Shopper queries searched (default 200)."_s, u"n"_s, u"200"_s);
    parser.addOptions({db, report, kefudesk, screenshot, cases, startupRuns, switches, rounds, searches});
    parser.process(arguments);  // exits on --help

    options.dbPath = parser.value(db);
    options.reportPath = parser.value(report);
    options.kefudesk = parser.value(kefudesk);
    options.screenshot = parser.value(screenshot);
    options.cases = parser.value(cases).split(u',', Qt::SkipEmptyParts);
    if (options.dbPath.isEmpty() || !QFile::exists(options.dbPath)) {
        std::fprintf(stderr, "usage: kefu_gui_bench --db SCRATCH_COPY.sqlite [--report FILE.md] (see --help)\n");
        return std::nullopt;
    }
    if (options.runs(u"startup"_s) && !QFile::exists(options.kefudesk)) {
        std::fprintf(stderr, "kefu_gui_bench: no kefudesk at '%s' (--kefudesk)\n", qPrintable(options.kefudesk));
        return std::nullopt;
    }
    if (!readCount(parser, startupRuns, options.startupRuns) || !readCount(parser, switches, options.switches) ||
        !readCount(parser, rounds, options.popupRounds) || !readCount(parser, searches, options.searches)) {
        return std::nullopt;
    }
    return options;
}

}  // namespace kefu
