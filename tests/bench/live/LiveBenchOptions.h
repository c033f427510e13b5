#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kefu {

// kefu_live_bench's command line.
struct LiveBenchOptions {
    QStringList cases = {QStringLiteral("ingest"), QStringLiteral("stall"), QStringLiteral("latency")};
    int runs = 3;             // ingest runs on fresh demo stores
    int messages = 100000;    // per ingest run
    int conversations = 100;  // ingest conversations
    int chunk = 2000;         // frames the simulator encodes per event-loop turn
    QString scaleStore;       // a scratch copy of the 1M-message store: ingest runs on it too (it is written)
    int scaleRuns = 1;
    int seconds = 20;  // stall and latency
    double stallRate = 500;
    int stallConversations = 50;
    double latencyRate = 100;
    int latencyConversations = 20;
    QString reportPath;
    QString screenshot;  // the window after the stall case

    bool runsCase(const QString& name) const { return cases.contains(name); }
    static std::optional<LiveBenchOptions> parse(const QStringList& arguments);
};

}  // namespace kefu
