#pragma once

#include "core/Clock.h"

namespace kefu {

// A clock that only moves when told to: for tests and the deterministic demo shop.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 nowMs = 0) : m_nowMs(nowMs) {}
    qint64 nowMs() const override { return m_nowMs; }
    void set(qint64 nowMs) { m_nowMs = nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

}  // namespace kefu
