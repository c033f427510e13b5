#pragma once

#include <QtGlobal>

namespace kefu {

// What the simulator does wrong on purpose (docs/gateway-sim.md, "Fault flags"). Every decision is drawn from a
// random source seeded by the simulator's seed, so a failing run can be repeated. Zero everywhere = a correct gateway.
struct FaultPlan {
    int dropEvery = 0;       // abort the connection after every N sequenced frames written on it
    double duplicate = 0.0;  // probability that a sequenced frame is written twice in a row
    int reorderWindow = 0;   // sequenced frames are shuffled within windows of this many frames (0/1 = in order)
    int delayMs = 0;         // every frame after hello waits delayMs ±50 % (order kept)
    double malformed = 0.0;  // probability that a bad frame is slipped in before a frame
    // Whether the bad frames include one over 64 KiB. A workbench whose socket refuses such a message itself closes
    // the connection (1009), so with this on, `malformed` also causes reconnects.
    bool malformedOversized = true;
    int reorderFlushMs = 20;  // a window not yet full is flushed (shuffled) after this idle time

    bool isClean() const {
        return dropEvery <= 0 && duplicate <= 0.0 && reorderWindow <= 1 && delayMs <= 0 && malformed <= 0.0;
    }
};

}  // namespace kefu
