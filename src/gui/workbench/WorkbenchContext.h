#pragma once

#include "core/Agent.h"
#include "core/Shop.h"

namespace kefu {

class Clock;
class Database;
class WorkbenchEvents;

// What every workbench panel needs: the GUI thread's store connection, the injected clock, the signed-in agent and
// the shop. Panels make their own repositories on `db` and talk to each other only through `events`.
struct WorkbenchContext {
    Database& db;
    const Clock& clock;
    WorkbenchEvents& events;
    Agent agent;
    Shop shop;
};

}  // namespace kefu
