#pragma once

#include "Samples.h"

#include <QStringList>

namespace kefu {

class WorkbenchFixture;

struct PhrasePopupOutcome {
    // "/" and every character after it, each until one turn of the event loop has painted and flushed what the
    // keystroke made dirty (the popup's and the compose box's update requests): what the agent then sees.
    Samples keystrokes;
    Samples keystrokesCpu;     // the same span in GUI-thread CPU time (less disturbed by other processes)
    Samples slashCpu;          // of which the "/" that opens the popup
    Samples queryCpu;          // and the characters after it
    QStringList wrongPopups;   // queries after which the popup did not show the matcher's best phrase, or showed a
                               // stale frame (its window or the box not repainted after the keystroke)
    Samples handling;          // the part inside the key event: ComposeEdit's handler (match + refill the popup)
    Samples matching;          // QuickPhraseMatcher::match alone for the same queries: the floor under a keystroke
    Samples popupRowsPainted;  // popup rows repainted per keystroke (painted area / row height)
    double popupRowsPaintedTotal = 0;
    int popupRowsChangedTotal = 0;  // visible popup rows whose phrase changed: what the keystrokes had to repaint
    int staleFrames = 0;            // keystrokes after which a forced repaint changed what was on screen
    int phrases = 0;                // in the compose box's list
};

// Types "/query" into the chat's compose box keystroke by keystroke (Latin letters as key presses, Chinese as input
// method commits, as a pinyin IME delivers them), `rounds` times over a fixed set of queries.
PhrasePopupOutcome benchPhrasePopup(WorkbenchFixture& bench, int rounds);

}  // namespace kefu
