#pragma once

#include "Samples.h"

#include <QString>
#include <QStringList>

namespace kefu {

// Cases 2 and 3: the real workbench window (offscreen, 1600×960, inbox on 全部 so every changed conversation moves
// to the top and repaints) over a fresh demo-shop store, its LiveChannel signed in to a simulator on its own thread
// that makes buyers write `rate` messages a second for `seconds`, round robin over `conversations` new
// conversations, the first of them open in the chat view as an agent would have it.
struct LiveLoadSettings {
    double rate = 500;
    int seconds = 20;
    int conversations = 50;
    QString runTag;
    QString screenshot;  // the window after the load (PNG); empty: none
};

struct LiveLoadOutcome {
    QString error;
    Samples intervals;         // ms between the GUI thread's 1 ms timer ticks
    Samples cpuIntervals;      // the GUI thread's CPU ms in each of those intervals
    Samples eventWall;         // ms per event the GUI thread's loop delivered (TimedApplication)
    Samples eventCpu;          // the same in the GUI thread's CPU time
    QString stallComposition;  // what filled the intervals over 16 ms
    QStringList costliest;     // where the GUI thread's time went, by receiver class and event type
    QString cpuShares;         // CPU per thread over the load, % of wall time
    Samples latency;           // ms from the simulator's send to the inbox row showing the message
    int sent = 0;
    int seen = 0;
    int superseded = 0;
    int stored = 0;      // messages stored by the channel during the run
    double drainMs = 0;  // after the last send until the gateway had every ack
};

LiveLoadOutcome runLiveLoad(const LiveLoadSettings& settings);

}  // namespace kefu
