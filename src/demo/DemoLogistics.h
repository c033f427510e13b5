#pragma once

#include "core/Order.h"
#include "core/Shipment.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace kefu {

class DemoRandom;

// Parcels leaving the shop's Hangzhou warehouse: carrier, tracking number and the tracking events up to "now",
// from the carriers and steps in logistics.json.
class DemoLogistics {
public:
    DemoLogistics(DemoRandom& random, QJsonObject logistics);

    // Events later than untilMs have not happened yet and are left out; maxSteps (when >= 0) cuts the parcel's
    // journey short, which is how a stalled parcel looks. A parcel whose events all happened has been signed for.
    Shipment parcel(const QString& tid, const Receiver& to, qint64 consignedAtMs, qint64 untilMs, int maxSteps = -1);
    // The most hours a parcel needs from pick-up to signature, so callers can make sure a parcel has arrived.
    int maxJourneyHours() const;
    QString randomCompany();
    QString trackingNumber(const QString& company);

private:
    DemoRandom& m_random;
    QJsonObject m_logistics;
    QSet<QString> m_usedNumbers;  // membership only
};

}  // namespace kefu
