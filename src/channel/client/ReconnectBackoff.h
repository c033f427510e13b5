#pragma once

#include <QtGlobal>

#include <functional>

namespace kefu {

// Protocol v1 §7's reconnect schedule: 1 s, doubling up to 30 s, each delay ±20 % at random; the schedule starts
// over once a connection has stayed up for 60 s, so a gateway that drops us now and then is retried quickly.
struct BackoffPolicy {
    qint64 initialMs = 1000;
    qint64 maxMs = 30000;
    double jitter = 0.2;      // the delay is scaled by a factor in [1 - jitter, 1 + jitter]
    qint64 stableMs = 60000;  // up this long: the next failure starts again from initialMs
};

class ReconnectBackoff {
public:
    // `random` returns a value in [0, 1); the default is QRandomGenerator::global(). Tests inject a fixed one.
    explicit ReconnectBackoff(BackoffPolicy policy = {}, std::function<double()> random = {});

    // The delay before the next attempt; each call doubles the base of the following one.
    qint64 nextDelayMs();
    // A connection came up / went down at `nowMs` (any monotonic clock): the schedule resets after a stable one.
    void connectionUp(qint64 nowMs);
    void connectionDown(qint64 nowMs);
    void reset();
    int failures() const { return m_failures; }  // delays handed out since the last reset

private:
    BackoffPolicy m_policy;
    std::function<double()> m_random;
    int m_failures = 0;
    qint64 m_upSinceMs = -1;
};

}  // namespace kefu
