#pragma once

#include "core/Agent.h"
#include "core/Result.h"
#include "core/Shop.h"

namespace kefu {

class Database;

// Makes a kefu-scalegen store (conversations, messages, products; no shop, agents or phrases) usable by the
// workbench: adds what is missing — the shop, a few agents and a 5,000-phrase library — in one transaction.
// Run it on a scratch copy of the store only.
class BenchStore {
public:
    static constexpr int kPhraseCount = 5000;

    struct Prepared {
        Shop shop;
        Agent agent;  // the 售前 agent the benchmark signs in as
        int phrases = 0;
        bool changed = false;  // something was added
    };

    static Result<Prepared> prepare(Database& db);
};

}  // namespace kefu
