#include "IngestCase.h"

#include "IngestDriver.h"
#include "LiveWait.h"
#include "MonotonicClock.h"
#include "SimulatorThread.h"
#include "ThreadCpu.h"
#include "channel/client/LiveChannel.h"
#include "sim/GatewaySimulator.h"
#include "store/Database.h"
#include "store/GatewayStreamRepository.h"
#include "store/MessageRepository.h"

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

const QString kToken = u"livebench-token"_s;

}  // namespace

IngestOutcome runIngest(Database& db, const QString& agentNick, const IngestSettings& settings, const QString& runTag) {
    IngestOutcome outcome;
    const Result<qint64> lastSeq = GatewayStreamRepository(db).lastSeq(agentNick);
    const Result<int> before = MessageRepository(db).count();
    if (!lastSeq || !before) {
        outcome.error = u"cannot read the store"_s;
        return outcome;
    }
    SimOptions options;
    options.token = kToken;
    options.runTag = runTag;
    options.defaultAgent = agentNick;
    options.firstSeq = *lastSeq + 1;  // a stream the store has already acked up to lastSeq
    SimulatorThread sim(options);
    if (!sim.isListening()) {
        outcome.error = u"simulator: "_s + sim.errorString();
        return outcome;
    }
    LiveChannel channel;
    ChannelSettings channelSettings;
    channelSettings.url = sim.url();
    channelSettings.agentNick = agentNick;
    channelSettings.token = kToken;
    channelSettings.dbPath = db.path();
    channel.start(channelSettings);
    if (!waitUntil([&] { return channel.state() == ChannelState::Live && liveConnections(sim) == 1; }, 15000)) {
        outcome.error = u"the channel never went live"_s;
        return outcome;
    }
    IngestDriver* driver = nullptr;
    const QHash<QString, double> cpuBefore = threadCpuMs();
    sim.run([&](GatewaySimulator& s) {
        driver = new IngestDriver(s, agentNick, settings.messages, settings.conversations, settings.chunk);
        driver->begin();
    });
    const bool done = waitUntil([&] { return driver->isDone(); }, settings.timeoutSeconds * 1000, 2);
    const QHash<QString, double> cpuAfter = threadCpuMs();
    sim.run([&](GatewaySimulator&) {
        outcome.frames = static_cast<int>(driver->lastSeq() - *lastSeq);
        outcome.seconds = nsToMs(driver->lastAckedNs() - driver->firstSentNs()) / 1000.0;
        outcome.writeSeconds = nsToMs(driver->allWrittenNs() - driver->firstSentNs()) / 1000.0;
        delete driver;
    });
    outcome.cpuShares = threadCpuShares(cpuBefore, cpuAfter, outcome.seconds * 1000);
    channel.stop();
    if (!done) {
        outcome.error = u"not all acked within %1 s"_s.arg(settings.timeoutSeconds);
        return outcome;
    }
    outcome.perSecond = outcome.seconds > 0 ? settings.messages / outcome.seconds : 0;
    const Result<int> after = MessageRepository(db).count();
    outcome.storedDelta = after ? *after - *before : -1;
    return outcome;
}

}  // namespace kefu
