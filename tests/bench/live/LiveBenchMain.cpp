// kefu_live_bench: issue #4's speed targets for the live channel, with the gateway simulator on its own thread —
// sustained ingest into the store (≥ 20,000 messages/s), the GUI event loop while ingesting 500 messages/s (no stall
// over 16 ms, p99) and buyer sends → inbox row updated at 100 messages/s (p99 ≤ 50 ms). Prints a markdown table
// (and writes it to --report). scripts/bench-live builds and runs it.
#include "IngestCase.h"
#include "LiveBenchOptions.h"
#include "LiveLoadCase.h"
#include "ProcessFacts.h"
#include "ReportTable.h"
#include "ScratchStore.h"
#include "TimedApplication.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr double kIngestTarget = 20000;

void say(const QString& line) {
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

QString rate(double perSecond) {
    return u"%1 msg/s"_s.arg(QLocale::c().toString(perSecond, 'f', 0));
}

ReportTable::Row timedRow(const QString& name, const Samples& s, const QString& target, double judged, double limit,
                          const QString& note) {
    return {name,
            ReportTable::ms(s.median()),
            u"p95 %1 · p99 %2"_s.arg(ReportTable::ms(s.percentile(95)), ReportTable::ms(s.percentile(99))),
            ReportTable::ms(s.max()),
            target,
            !s.isEmpty() && judged <= limit,
            note};
}

void addIngestRows(ReportTable& table, const QString& label, const QList<IngestOutcome>& runs, int messages) {
    QList<double> rates;
    for (int i = 0; i < runs.size(); ++i) {
        const IngestOutcome& o = runs.at(i);
        if (!o.error.isEmpty()) {
            table.add({u"ingest, %1, run %2"_s.arg(label).arg(i + 1),
                       u"—"_s,
                       {},
                       {},
                       u"≥ 20,000 msg/s"_s,
                       false,
                       u"failed: "_s + o.error});
            continue;
        }
        rates.append(o.perSecond);
        const bool exact = o.storedDelta == messages;
        table.add(
            {u"ingest, %1, run %2"_s.arg(label).arg(i + 1),
             rate(o.perSecond),
             {},
             {},
             u"≥ 20,000 msg/s"_s,
             o.perSecond >= kIngestTarget && exact,
             u"%1 messages (%2 frames) in %3 s; the simulator alone took %4 s to write them; stored %5%6; CPU by thread: %7"_s
                 .arg(messages)
                 .arg(o.frames)
                 .arg(o.seconds, 0, 'f', 2)
                 .arg(o.writeSeconds, 0, 'f', 2)
                 .arg(o.storedDelta)
                 .arg(exact ? u" (exactly once)"_s : u" (**MISMATCH**)"_s)
                 .arg(o.cpuShares)});
    }
    if (rates.size() > 1) {
        std::sort(rates.begin(), rates.end());
        table.add({u"ingest, %1, median of %2 runs"_s.arg(label).arg(rates.size()),
                   rate(rates.at(rates.size() / 2)),
                   {},
                   u"min %1"_s.arg(rate(rates.first())),
                   u"≥ 20,000 msg/s"_s,
                   rates.at(rates.size() / 2) >= kIngestTarget,
                   u"max column: the slowest run"_s});
    }
}

IngestOutcome ingestOnFreshStore(const IngestSettings& settings, int run) {
    Result<std::unique_ptr<ScratchStore>> store = ScratchStore::create(u"livebench-ingest-%1"_s.arg(run));
    if (!store) {
        IngestOutcome failed;
        failed.error = store.error().message;
        return failed;
    }
    return runIngest((*store)->db(), (*store)->agent().nick, settings, u"ingest%1"_s.arg(run));
}

void addIngest(ReportTable& table, const LiveBenchOptions& options) {
    const IngestSettings settings{options.messages, options.conversations, options.chunk, 600};
    QList<IngestOutcome> runs;
    for (int i = 1; i <= options.runs; ++i) {
        say(u"ingest: run %1 of %2, %3 messages over %4 conversations, fresh demo store"_s.arg(i)
                .arg(options.runs)
                .arg(options.messages)
                .arg(options.conversations));
        runs.append(ingestOnFreshStore(settings, i));
        say(u"  %1"_s.arg(runs.constLast().error.isEmpty() ? rate(runs.constLast().perSecond)
                                                           : runs.constLast().error));
    }
    addIngestRows(table, u"demo store"_s, runs, options.messages);
    if (options.scaleStore.isEmpty()) {
        return;
    }
    auto db = Database::open(options.scaleStore, u"livebench-scale"_s);  // migrates the copy before the timing
    if (!db) {
        table.add({u"ingest, scale store"_s,
                   u"—"_s,
                   {},
                   {},
                   u"≥ 20,000 msg/s"_s,
                   false,
                   u"cannot open %1: %2"_s.arg(options.scaleStore, db.error().message)});
        return;
    }
    const Result<int> messages = MessageRepository(**db).count();
    QList<IngestOutcome> scaleRuns;
    for (int i = 1; i <= options.scaleRuns; ++i) {
        say(u"ingest: scale store run %1 of %2 (%3 messages stored)"_s.arg(i)
                .arg(options.scaleRuns)
                .arg(messages ? *messages : -1));
        scaleRuns.append(runIngest(**db, u"木棉纪旗舰店:小棉"_s, settings, u"scale%1"_s.arg(i)));
        say(u"  %1"_s.arg(scaleRuns.constLast().error.isEmpty() ? rate(scaleRuns.constLast().perSecond)
                                                                : scaleRuns.constLast().error));
    }
    addIngestRows(table, u"%1-message store"_s.arg(messages ? QLocale::c().toString(*messages) : u"?"_s), scaleRuns,
                  options.messages);
}

QString loadNote(const LiveLoadOutcome& o) {
    return u"%1 sent, %2 stored, %3 reached the inbox (%4 only through a later message of their conversation); "
           "gateway had every ack %5 after the last send"_s.arg(o.sent)
               .arg(o.stored)
               .arg(o.seen)
               .arg(o.superseded)
               .arg(ReportTable::ms(o.drainMs));
}

QString loopNote(const LiveLoadOutcome& o) {
    return u"%1 ticks of a 1 ms timer, %2 intervals over 16 ms; per event delivered: wall p99 %3, max %4; GUI-thread "
           "CPU per event p99 %5, max %6; CPU by thread: %7"_s.arg(o.intervals.count())
               .arg(o.intervals.countOver(16))
               .arg(ReportTable::ms(o.eventWall.percentile(99)), ReportTable::ms(o.eventWall.max()),
                    ReportTable::ms(o.eventCpu.percentile(99)), ReportTable::ms(o.eventCpu.max()), o.cpuShares);
}

void addLoad(ReportTable& table, QStringList& details, const LiveBenchOptions& options, bool stall) {
    LiveLoadSettings settings;
    settings.rate = stall ? options.stallRate : options.latencyRate;
    settings.seconds = options.seconds;
    settings.conversations = stall ? options.stallConversations : options.latencyConversations;
    settings.runTag = stall ? u"stall"_s : u"latency"_s;
    settings.screenshot = stall ? options.screenshot : QString();
    say(u"%1: %2 msg/s for %3 s over %4 conversations, MainWindow 1600×960 offscreen"_s.arg(settings.runTag)
            .arg(settings.rate)
            .arg(settings.seconds)
            .arg(settings.conversations));
    const LiveLoadOutcome o = runLiveLoad(settings);
    const QString at = u"%1 msg/s"_s.arg(settings.rate);
    if (!o.error.isEmpty()) {
        table.add({u"live load at "_s + at, u"—"_s, {}, {}, {}, false, u"failed: "_s + o.error});
        return;
    }
    const ReportTable::Row loop =
        timedRow(u"GUI event loop interval, ingesting "_s + at, o.intervals, stall ? u"p99 ≤ 16 ms"_s : u"(context)"_s,
                 stall ? o.intervals.percentile(99) : 0, 16, loopNote(o));
    const ReportTable::Row row =
        timedRow(u"buyer sends → inbox row, "_s + at, o.latency, stall ? u"(context)"_s : u"p99 ≤ 50 ms"_s,
                 stall ? 0 : o.latency.percentile(99), 50, loadNote(o));
    const ReportTable::Row cpu = timedRow(
        u"GUI thread CPU per loop interval, "_s + at, o.cpuIntervals, u"(context: p99 ≤ 16 ms on an idle core)"_s,
        o.cpuIntervals.percentile(99), 16,
        u"the GUI thread's own CPU time within each interval above; the rest is time it waited, mostly for a core (see the breakdown below the table)"_s);
    if (stall) {
        table.add(loop);
        table.add(cpu);
        table.add(row);
    } else {
        table.add(row);
        table.add(loop);
        table.add(cpu);
    }
    details.append(u"\nAt %1, %2.\n"_s.arg(at, o.stallComposition));
    details.append(u"\nGUI thread's costliest events at %1 (receiver/event type; CPU, wall):\n\n- "_s.arg(at) +
                   o.costliest.join(u"\n- "_s) + u"\n"_s);
}

QStringList preamble(const LiveBenchOptions& options) {
    return {
        u"- %1, Qt %2, %3 CPUs, load average at start: %4; Release build"_s.arg(
            QDateTime::currentDateTime().toString(Qt::ISODate), QString::fromLatin1(qVersion()),
            QString::number(QThread::idealThreadCount()), loadAverage()),
        u"- LiveChannel (worker thread, own store connection) ↔ loopback WebSocket ↔ GatewaySimulator on its own "
        "thread; times on one monotonic clock"_s,
        u"- ingest: %1 × %2 message.created over %3 conversations on a fresh demo-shop store, from the first frame "
        "written to the gateway holding the ack of the last seq"_s.arg(options.runs)
            .arg(options.messages)
            .arg(options.conversations),
        u"- stall/latency: the real MainWindow (offscreen, 1600×960, inbox on 全部, the first bulk conversation "
        "open) over a fresh demo-shop store, %1 s each"_s.arg(options.seconds),
    };
}

int run(const LiveBenchOptions& options) {
    ReportTable table;
    QStringList details;
    const QStringList header = preamble(options);
    if (options.runsCase(u"ingest"_s)) {
        addIngest(table, options);
    }
    if (options.runsCase(u"stall"_s)) {
        addLoad(table, details, options, true);
    }
    if (options.runsCase(u"latency"_s)) {
        addLoad(table, details, options, false);
    }
    table.add({u"resident memory after the cases"_s,
               megabytes(residentBytes()),
               {},
               megabytes(peakResidentBytes()),
               u"(context)"_s,
               true,
               u"VmRSS (max column: VmHWM); load average at the end: "_s + loadAverage()});
    const QString markdown = table.markdown(u"kefu_live_bench"_s, header) + details.join(QString());
    return ReportTable::publish(markdown, options.reportPath, "kefu_live_bench") ? 0 : 1;
}

}  // namespace

}  // namespace kefu

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The window saves its layout and reads the gateway settings: keep the agent's own settings out of it.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());
    kefu::TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"KefuDesk"_s);
    QCoreApplication::setApplicationName(u"kefu_live_bench"_s);
    const std::optional<kefu::LiveBenchOptions> options = kefu::LiveBenchOptions::parse(app.arguments());
    if (!options) {
        return 2;
    }
    return kefu::run(*options);
}
