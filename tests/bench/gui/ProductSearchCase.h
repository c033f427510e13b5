#pragma once

#include "Samples.h"

namespace kefu {

class WorkbenchFixture;

struct ProductSearchOutcome {
    Samples searches;       // each query until the results list has repainted
    QStringList slowest;    // the queries over the target, slowest first (at most 5), for whoever tunes the search
    int withHits = 0;       // queries that found something
    bool initials = false;  // the pinyin-initials index was ready before the timed queries
    // The GUI thread's CPU time per query: on a loaded machine (the bench shares two cores with builds) the wall
    // time above is mostly waiting for a core; this is what the search and repaint themselves cost.
    Samples cpu;
};

// Searches through the 商品 tab's search field (the path an agent's typing takes: textChanged → ProductSearch →
// results model) for `count` real shopper queries plus pinyin-initials queries. Also prints, on stderr, the wall and
// CPU time of each class of query (shopper, title words, short Latin/digit, pinyin initials, attribute), and of the
// queries that found something (they repaint the list; a third of the queries, so they decide the p95).
// KEFU_SEARCH_TRACE=1 also prints each query's steps and the paint/layout events it caused, counted by an
// application event filter that costs a little itself: do not quote timings from a traced run.
ProductSearchOutcome benchProductSearch(WorkbenchFixture& bench, int count);

}  // namespace kefu
