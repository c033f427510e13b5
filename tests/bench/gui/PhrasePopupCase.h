#pragma once

#include "Samples.h"

#include <QStringList>

namespace kefu {

class WorkbenchFixture;

struct PhrasePopupOutcome {
    Samples keystrokes;       // "/" and every character after it, each until the popup and the box have repainted
    QStringList wrongPopups;  // queries after which the popup did not show the matcher's best phrase
    Samples handling;         // the part inside the key event: ComposeEdit's handler (match + refill the popup)
    Samples matching;         // QuickPhraseMatcher::match alone for the same queries: the floor under a keystroke
    int phrases = 0;          // in the compose box's list
};

// Types "/query" into the chat's compose box keystroke by keystroke (Latin letters as key presses, Chinese as input
// method commits, as a pinyin IME delivers them), `rounds` times over a fixed set of queries.
PhrasePopupOutcome benchPhrasePopup(WorkbenchFixture& bench, int rounds);

}  // namespace kefu
