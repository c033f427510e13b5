#pragma once

#include "Samples.h"

namespace kefu {

class WorkbenchFixture;

struct SwitchOutcome {
    Samples switches;      // conversationSelected until the window has repainted synchronously
    Samples handling;      // the part before the repaint: the panels' slots and what they posted
    Samples phraseReload;  // what the chat redoes on every switch: list the agent's phrases, build the matcher
    int mismatches = 0;    // switches after which the chat did not show the asked conversation
};

// Opening a conversation as the inbox does (WorkbenchEvents::conversationSelected) for `count` conversations spread
// over the store.
SwitchOutcome benchSwitchConversation(WorkbenchFixture& bench, int count);

}  // namespace kefu
