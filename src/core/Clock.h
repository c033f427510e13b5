#pragma once

#include <QtGlobal>

namespace kefu {

// Where "now" comes from, so tests can inject time (wait counters, business days, validity of promotions).
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;  // UTC milliseconds since the epoch
};

}  // namespace kefu
