#pragma once

#include <QString>

namespace kefu {

class Database;

// Case 1: sustained ingest. A LiveChannel (its worker on its own thread, as in the application) signed in to a
// simulator on another thread, which writes `messages` buyer messages as fast as it can; timed from the first frame
// written to the gateway receiving the ack of the last seq.
struct IngestSettings {
    int messages = 100000;
    int conversations = 100;
    int chunk = 2000;  // frames the simulator encodes per event-loop turn
    int timeoutSeconds = 600;
};

struct IngestOutcome {
    QString error;            // empty when the run completed
    int frames = 0;           // sequenced frames: conversation.opened + message.created
    double seconds = 0;       // first frame written → last seq acked
    double writeSeconds = 0;  // first frame → the simulator had written them all (its own encoding speed)
    double perSecond = 0;     // messages / seconds
    QString cpuShares;        // CPU per thread over the run, % of its wall time
    qint64 storedDelta = 0;   // messages in the store after − before (must equal `messages`)
};

// `db` is a connection to the store on this thread (for the before/after counts and the stream's last seq);
// the channel opens its own. Each run continues the agent's stream after what the store already acked.
IngestOutcome runIngest(Database& db, const QString& agentNick, const IngestSettings& settings, const QString& runTag);

}  // namespace kefu
