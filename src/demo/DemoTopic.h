#pragma once

#include "core/Order.h"

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kefu {

class DemoPeople;
class DemoRandom;
struct DemoWorld;

// What one demo conversation is about (a product, an order, or neither) and the values its script's {slots} are
// filled with: the product's facts, a size that fits the buyer, the order's parcel, a new address …
struct DemoTopic {
    QString numIid;                       // the product card
    QString relatedNumIid;                // the 搭配 card
    QString tid;                          // the order card
    std::optional<qint64> anchorMs;       // the conversation cannot start before this (the order's relevant moment)
    std::optional<Receiver> newReceiver;  // where the buyer wants the order sent instead
    QHash<QString, QString> slots;        // looked up only, never iterated

    static DemoTopic forProduct(const DemoWorld& world, qint64 productId, DemoRandom& random);
    static DemoTopic forOrder(const DemoWorld& world, const Order& order, DemoPeople& people, DemoRandom& random);
    // When a conversation about this order may start: after payment for unshipped ones, after the parcel moved or
    // stopped moving for shipped ones, after delivery for returns and complaints.
    static std::optional<qint64> anchorFor(const Order& order, qint64 nowMs);
};

}  // namespace kefu
