#pragma once

#include "core/RefundStatus.h"
#include "core/Result.h"
#include "core/TradeStatus.h"
#include "gui/overview/ShopOverview.h"

namespace kefu {

class Database;

// Reads the overview's counts through the repositories (gui holds no SQL).
class ShopOverviewReader {
public:
    explicit ShopOverviewReader(Database& db) : m_db(db) {}

    Result<ShopOverview> read() const;
    // Which overview bucket an order in `status` counts in.
    static int ShopOverview::*orderBucket(TradeStatus status);
    // Which per-status bucket an open after-sales case counts in (final statuses are not counted).
    static int ShopOverview::*afterSaleBucket(RefundStatus status);

private:
    Status readOrders(ShopOverview& overview) const;
    Status readConversations(ShopOverview& overview) const;
    Status readAfterSales(ShopOverview& overview) const;

    Database& m_db;
};

}  // namespace kefu
