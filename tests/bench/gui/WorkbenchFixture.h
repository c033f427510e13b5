#pragma once

#include "core/SystemClock.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"

#include <memory>

namespace kefu {

class Database;
class MainWindow;

// The real workbench window over the benchmark store, shown at an agent's usual size (1600×960), as the
// in-process cases drive it.
class WorkbenchFixture {
public:
    WorkbenchFixture(Database& db, const Agent& agent, const Shop& shop);
    ~WorkbenchFixture();

    MainWindow& window() { return *m_window; }
    WorkbenchEvents& events() { return m_events; }
    WorkbenchContext& context() { return m_context; }
    Database& db() { return m_context.db; }

    // What one turn of the application's event loop does: posted events, then the deleteLater()s (which
    // processEvents() alone never runs outside exec(): the widgets a panel replaces would pile up).
    static void runPosted();
    // Runs what is pending (posted events, finished workers) so one sample does not pay for the one before.
    static void settle();

private:
    SystemClock m_clock;
    WorkbenchEvents m_events;
    WorkbenchContext m_context;
    std::unique_ptr<MainWindow> m_window;
};

}  // namespace kefu
