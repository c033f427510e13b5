#pragma once

#include "core/Result.h"
#include "sim/BuyerLibrary.h"

#include <QList>
#include <QString>

namespace kefu {

// The products buyers ask about, read from a KefuDesk store (the demo shop), so that the product cards the simulator
// sends are ones the workbench can resolve.
class SimCatalog {
public:
    // The first `limit` products on sale, in catalogue order; an error when the file is not a KefuDesk store.
    static Result<QList<SimProduct>> productsFrom(const QString& databasePath, int limit = 48);
};

}  // namespace kefu
