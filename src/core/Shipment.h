#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace kefu {

struct ShipmentEvent {
    qint64 atMs = 0;
    QString description;  // 【杭州市】快件已由杭州转运中心发往上海
    QString location;
    bool operator==(const ShipmentEvent&) const = default;
};

struct Shipment {
    qint64 id = 0;
    QString tid;
    QString company;  // 中通快递
    QString trackingNumber;
    qint64 consignedAtMs = 0;
    QList<ShipmentEvent> events;  // oldest first

    // No new event for this long is what buyers call "物流不动了".
    bool isStalled(qint64 nowMs, qint64 thresholdMs = 72LL * 3600 * 1000) const;
};

}  // namespace kefu
