// kefu_gui_bench: issue #3's speed targets measured on the real workbench over a benchmark-scale store —
// startup to the first frame, conversation switch, the "/" phrase popup, product search, scrolling the inbox end
// to end, and resident memory after it. Prints a markdown table (and writes it to --report).
//   kefu_gui_bench --db SCRATCH_COPY.sqlite [--report FILE.md] [--kefudesk PATH] [--cases startup,switch,...]
// It adds a shop, agents and 5,000 quick phrases to the store when missing: give it a copy (scripts/bench-gui).
#include "BenchStore.h"
#include "GuiBenchOptions.h"
#include "InboxScrollCase.h"
#include "PhrasePopupCase.h"
#include "ProcessFacts.h"
#include "ProductSearchCase.h"
#include "ReportTable.h"
#include "StartupCase.h"
#include "SwitchConversationCase.h"
#include "WorkbenchFixture.h"
#include "gui/MainWindow.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "store/ProductRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QPixmap>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

void say(const QString& line) {
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

QStringList preamble(Database& db, const GuiBenchOptions& options, const BenchStore::Prepared& prepared) {
    const Result<int> conversations = ConversationRepository(db).count();
    const Result<int> messages = MessageRepository(db).count();
    const Result<int> products = ProductRepository(db).count();
    return {
        u"- store: `%1` — %2 conversations, %3 messages, %4 products, %5 quick phrases"_s.arg(options.dbPath)
            .arg(conversations ? *conversations : -1)
            .arg(messages ? *messages : -1)
            .arg(products ? *products : -1)
            .arg(prepared.phrases),
        u"- %1, Qt %2, platform `%3`, %4 CPUs, load average at start: %5"_s.arg(
            QDateTime::currentDateTime().toString(Qt::ISODate), QString::fromLatin1(qVersion()),
            QGuiApplication::platformName(), QString::number(QThread::idealThreadCount()), loadAverage()),
        u"- signed in as `%1`; window 1600×960; every timing ends after a synchronous repaint"_s.arg(
            prepared.agent.nick),
    };
}

QString rssNote() {
    return u"RSS after: "_s + megabytes(residentBytes());
}

void addStartup(ReportTable& table, const GuiBenchOptions& options, const BenchStore::Prepared& prepared,
                const QString& scratch) {
    say(u"startup: %1 runs of %2"_s.arg(options.startupRuns).arg(options.kefudesk));
    const StartupOutcome startup =
        benchStartup(options.kefudesk, options.dbPath, prepared.agent.nick, options.startupRuns, scratch);
    QString note =
        u"%1 runs; first (coldest) %2; warm median %3"_s.arg(startup.runs.count())
            .arg(ReportTable::ms(startup.runs.first()), ReportTable::ms(startup.runs.withoutFirst().median()));
    if (!startup.errors.isEmpty()) {
        note += u"; %1 failed: %2"_s.arg(startup.errors.size()).arg(startup.errors.first());
    }
    table.addTimed(u"startup to first paint"_s, startup.runs, 95, 600, ReportTable::Judge::Median, u"≤ 600 ms"_s, note);
}

void addInProcessCases(ReportTable& table, const GuiBenchOptions& options, Database& db,
                       const BenchStore::Prepared& prepared) {
    WorkbenchFixture bench(db, prepared.agent, prepared.shop);
    table.add({u"resident memory, window shown"_s,
               megabytes(residentBytes()),
               {},
               {},
               u"(context)"_s,
               true,
               u"VmRSS before the cases"_s});
    if (options.runs(u"switch"_s)) {
        say(u"switch conversation: %1 conversations"_s.arg(options.switches));
        const SwitchOutcome o = benchSwitchConversation(bench, options.switches);
        table.addTimed(
            u"switch conversation"_s, o.switches, 95, 30, ReportTable::Judge::Tail, u"≤ 30 ms (p95)"_s,
            u"%1 switches, %2 over 30 ms, %3 not shown; median %4 in the panels' slots, the rest "
            "painting; reloading the phrases + matcher alone: %5; %6"_s.arg(o.switches.count())
                .arg(o.switches.countOver(30))
                .arg(o.mismatches)
                .arg(ReportTable::ms(o.handling.median()), ReportTable::ms(o.phraseReload.median()), rssNote()));
    }
    if (options.runs(u"popup"_s)) {
        say(u"/ popup: %1 rounds"_s.arg(options.popupRounds));
        const PhrasePopupOutcome p = benchPhrasePopup(bench, options.popupRounds);
        QString note = u"%1 keystrokes over %2 phrases, %3 over 2 ms"_s.arg(p.keystrokes.count())
                           .arg(p.phrases)
                           .arg(p.keystrokes.countOver(2));
        if (!p.wrongPopups.isEmpty()) {
            note += u"; popup not refiltered for: %1"_s.arg(p.wrongPopups.join(u", "_s));
        }
        note += u"; median %1 inside the key event, of which the matcher alone %2 (max %3); %4"_s.arg(
            ReportTable::ms(p.handling.median()), ReportTable::ms(p.matching.median()),
            ReportTable::ms(p.matching.max()), rssNote());
        table.addTimed(u"/ popup keystroke"_s, p.keystrokes, 95, 2, ReportTable::Judge::Tail, u"≤ 2 ms (p95)"_s, note);
    }
    if (options.runs(u"search"_s)) {
        say(u"product search: %1 queries"_s.arg(options.searches));
        const ProductSearchOutcome p = benchProductSearch(bench, options.searches);
        table.addTimed(u"product search (panel)"_s, p.searches, 95, 10, ReportTable::Judge::Tail, u"≤ 10 ms (p95)"_s,
                       u"%1 queries, %2 with hits, %3 over 10 ms; initials index %4"_s.arg(p.searches.count())
                               .arg(p.withHits)
                               .arg(p.searches.countOver(10))
                               .arg(p.initials ? u"ready"_s : u"NOT ready"_s) +
                           (p.slowest.isEmpty() ? QString() : u"; slowest: "_s + p.slowest.join(u", "_s)) + u"; "_s +
                           rssNote());
    }
    if (options.runs(u"scroll"_s)) {
        say(u"inbox scroll: 全部 view, a page at a time"_s);
        const InboxScrollOutcome o = benchInboxScroll(bench);
        table.addTimed(
            u"inbox scroll, 全部, per frame"_s, o.frames, 99, 16, ReportTable::Judge::Max, u"no frame > 16 ms"_s,
            u"%1 frames, %2 over 16 ms (%6 of them fetched a page; fetching frames: %7, median %8, max %9), "
            "%3 of %4 rows reached; %5 fetches nudged; slowest frame at row %10; fetching frames in the first tenth: median %11, last tenth: median %12"_s
                .arg(o.frames.count())
                .arg(o.frames.countOver(16))
                .arg(o.rowsLoaded)
                .arg(o.rowsInView)
                .arg(o.nudgedFetches)
                .arg(o.fetchFrames.countOver(16))
                .arg(o.fetchFrames.count())
                .arg(ReportTable::ms(o.fetchFrames.median()), ReportTable::ms(o.fetchFrames.max()))
                .arg(o.slowestFrameRow)
                .arg(ReportTable::ms(o.earlyFetches.median()), ReportTable::ms(o.lateFetches.median())));
        const qint64 rss = residentBytes();
        table.add({u"resident memory after the scroll"_s,
                   megabytes(rss),
                   {},
                   megabytes(peakResidentBytes()),
                   u"≤ 200 MB"_s,
                   rss > 0 && rss <= 200LL * 1024 * 1024,
                   u"VmRSS (max column: VmHWM) of this process"_s});
    }
    if (!options.screenshot.isEmpty() && !bench.window().grab().save(options.screenshot, "PNG")) {
        say(u"kefu_gui_bench: cannot save %1"_s.arg(options.screenshot));
    }
}

int run(const GuiBenchOptions& options) {
    QTemporaryDir scratch;  // settings and logs of every workbench this run starts
    auto db = Database::open(options.dbPath, u"guibench"_s);
    if (!db) {
        say(u"kefu_gui_bench: %1"_s.arg(db.error().message));
        return 1;
    }
    Result<BenchStore::Prepared> prepared = BenchStore::prepare(**db);
    if (!prepared) {
        say(u"kefu_gui_bench: cannot prepare the store: %1 (%2)"_s.arg(prepared.error().message,
                                                                       prepared.error().detail));
        return 1;
    }
    if (prepared->changed) {
        say(u"added the shop, agents and quick phrases the workbench needs"_s);
    }
    ReportTable table;
    const QStringList header = preamble(**db, options, *prepared);
    if (options.runs(u"startup"_s)) {
        addStartup(table, options, *prepared, scratch.path());
    }
    addInProcessCases(table, options, **db, *prepared);
    const QString markdown = table.markdown(u"kefu_gui_bench"_s, header);
    return ReportTable::publish(markdown, options.reportPath, "kefu_gui_bench") ? 0 : 1;
}

}  // namespace

}  // namespace kefu

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The window saves its layout on close: keep it out of the agent's own settings.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"KefuDesk"_s);
    QCoreApplication::setApplicationName(u"kefu_gui_bench"_s);
    const std::optional<kefu::GuiBenchOptions> options = kefu::GuiBenchOptions::parse(app.arguments());
    if (!options) {
        return 2;
    }
    return kefu::run(*options);
}
