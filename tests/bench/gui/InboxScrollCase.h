#pragma once

#include "Samples.h"

namespace kefu {

class WorkbenchFixture;

struct InboxScrollOutcome {
    Samples frames;           // one page of scrolling each: scrollbar move (+ page fetch) + synchronous repaint
    Samples cpuFrames;        // the GUI thread's own CPU time in each frame: the frame on an idle core
    Samples fetchFrames;      // the frames that also fetched a page of 50 rows
    Samples earlyFetches;     // fetching frames in the first tenth of the view, and in the last tenth: a cost that
    Samples lateFetches;      // grows with the rows already loaded shows here
    int slowestFrameRow = 0;  // rows loaded when the slowest frame ran
    int rowsLoaded = 0;       // rows in the model at the end
    int rowsInView = 0;       // what the 全部 view holds in the store
    int nudgedFetches = 0;    // times the view sat at the bottom without fetching and the case asked for a page
};

// Scrolls the inbox's 全部 view from top to bottom a page at a time, letting the view fetch pages as it does.
InboxScrollOutcome benchInboxScroll(WorkbenchFixture& bench);

}  // namespace kefu
