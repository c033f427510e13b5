#include "core/Shipment.h"

#include <algorithm>

namespace kefu {

bool Shipment::isStalled(qint64 nowMs, qint64 thresholdMs) const {
    // Until the carrier reports anything, the clock runs from the moment the parcel was handed over.
    qint64 lastMovementMs = consignedAtMs;
    for (const ShipmentEvent& e : events) {
        lastMovementMs = std::max(lastMovementMs, e.atMs);
    }
    return nowMs - lastMovementMs > thresholdMs;
}

}  // namespace kefu
