#include "gui/workbench/WorkbenchEvents.h"

// The bus has signals only; this file gives moc and the linker one home for them.
