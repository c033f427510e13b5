#include "LiveLoadCase.h"

#include "BulkPacer.h"
#include "EventLoopMonitor.h"
#include "InboxRowWatcher.h"
#include "LiveWait.h"
#include "MonotonicClock.h"
#include "ScratchStore.h"
#include "SimulatorThread.h"
#include "ThreadCpu.h"
#include "TimedApplication.h"
#include "WorkbenchFixture.h"
#include "gui/MainWindow.h"
#include "gui/inbox/InboxModel.h"
#include "gui/inbox/InboxPanel.h"
#include "gui/inbox/NewMessageAlert.h"
#include "gui/live/LiveChannelBridge.h"
#include "sim/GatewaySimulator.h"
#include "store/ConversationRepository.h"
#include "store/MessageRepository.h"

#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

const QString kToken = u"livebench-token"_s;

SimOptions simOptions(const LiveLoadSettings& settings, const QString& agentNick) {
    SimOptions options;
    options.token = kToken;
    options.runTag = settings.runTag;
    options.defaultAgent = agentNick;
    return options;
}

// Opens the bulk conversations and waits until the channel has stored them; returns the store id of the first.
qint64 openConversations(SimulatorThread& sim, Database& db, const QString& agentNick, int conversations) {
    QString first;
    sim.run([&](GatewaySimulator& s) {
        s.sendBurst(0, conversations);
        first = s.conversations().constFirst().id;
    });
    if (!waitUntil([&] { return sim.allAcked(agentNick, conversations); }, 15000)) {
        return 0;
    }
    const Result<std::optional<qint64>> id = ConversationRepository(db).findByGatewayId(first);
    return id && id->has_value() ? **id : 0;
}

void runFor(int seconds) {
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

void measure(LiveLoadOutcome& outcome, const LiveLoadSettings& settings, SimulatorThread& sim, MainWindow& window,
             const QString& agentNick) {
    const int capacity = static_cast<int>(settings.rate * settings.seconds) + 100;
    BulkPacer* pacer = nullptr;
    sim.run([&](GatewaySimulator& s) { pacer = new BulkPacer(s, settings.rate, settings.conversations, capacity); });
    InboxRowWatcher watcher(*window.inboxPanel()->model(), *pacer, settings.conversations, capacity);
    EventLoopMonitor monitor;
    TimedApplication* app = TimedApplication::instance();
    WorkbenchFixture::settle();
    const QHash<QString, double> cpuBefore = threadCpuMs();
    const qint64 startNs = monotonicNs();
    monitor.start();
    if (app) {
        app->startProfiling();
    }
    sim.run([&](GatewaySimulator&) { pacer->begin(); });
    runFor(settings.seconds);
    sim.run([&](GatewaySimulator&) { pacer->end(); });
    if (app) {
        app->stopProfiling();
        outcome.eventWall = app->eventWallMs();
        outcome.eventCpu = app->eventCpuMs();
        outcome.costliest = app->costliest(12);
    }
    monitor.stop();
    const qint64 endNs = monotonicNs();
    outcome.cpuShares = threadCpuShares(cpuBefore, threadCpuMs(), nsToMs(endNs - startNs));
    waitUntil([&] { return sim.allAcked(agentNick); }, 60000, 1);
    outcome.drainMs = nsToMs(monotonicNs() - endNs);
    runFor(1);  // the last batches reach the inbox
    outcome.intervals = monitor.intervals();
    outcome.cpuIntervals = monitor.cpuIntervals();
    outcome.stallComposition = monitor.stallComposition(6);
    outcome.latency = watcher.latencies();
    outcome.sent = pacer->sent();
    outcome.seen = watcher.seen();
    outcome.superseded = watcher.superseded();
    sim.run([&](GatewaySimulator&) { delete pacer; });
}

}  // namespace

LiveLoadOutcome runLiveLoad(const LiveLoadSettings& settings) {
    LiveLoadOutcome outcome;
    Result<std::unique_ptr<ScratchStore>> store = ScratchStore::create(u"livebench-gui-"_s + settings.runTag);
    if (!store) {
        outcome.error = u"store: "_s + store.error().message + u" "_s + store.error().detail;
        return outcome;
    }
    Database& db = (*store)->db();
    const QString agentNick = (*store)->agent().nick;
    const Result<int> before = MessageRepository(db).count();
    SimulatorThread sim(simOptions(settings, agentNick));
    if (!sim.isListening()) {
        outcome.error = u"simulator: "_s + sim.errorString();
        return outcome;
    }
    {
        WorkbenchFixture bench(db, (*store)->agent(), (*store)->shop());
        MainWindow& window = bench.window();
        window.inboxPanel()->alert()->setOutputs({[] {}, [](const QString&, const QString&) {}});
        window.inboxPanel()->setView(InboxView::All);
        ChannelSettings channel;
        channel.url = sim.url();
        channel.token = kToken;
        window.liveChannel()->start(channel);
        if (!waitUntil([&] { return window.liveChannel()->state() == ChannelState::Live && liveConnections(sim) == 1; },
                       15000)) {
            outcome.error = u"the channel never went live"_s;
            return outcome;
        }
        const qint64 open = openConversations(sim, db, agentNick, settings.conversations);
        if (open == 0) {
            outcome.error = u"the bulk conversations were not stored"_s;
            window.liveChannel()->stop();
            return outcome;
        }
        Q_EMIT bench.events().conversationSelected(open);
        measure(outcome, settings, sim, window, agentNick);
        if (!settings.screenshot.isEmpty()) {
            window.grab().save(settings.screenshot, "PNG");
        }
        window.liveChannel()->stop();
    }
    const Result<int> after = MessageRepository(db).count();
    outcome.stored = before && after ? *after - *before : -1;
    return outcome;
}

}  // namespace kefu
