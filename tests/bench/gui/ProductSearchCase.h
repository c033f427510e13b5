#pragma once

#include "Samples.h"

namespace kefu {

class WorkbenchFixture;

struct ProductSearchOutcome {
    Samples searches;       // each query until the results list has repainted
    QStringList slowest;    // the queries over the target, slowest first (at most 5), for whoever tunes the search
    int withHits = 0;       // queries that found something
    bool initials = false;  // the pinyin-initials index was ready before the timed queries
};

// Searches through the 商品 tab's search field (the path an agent's typing takes: textChanged → ProductSearch →
// results model) for `count` real shopper queries plus pinyin-initials queries.
ProductSearchOutcome benchProductSearch(WorkbenchFixture& bench, int count);

}  // namespace kefu
