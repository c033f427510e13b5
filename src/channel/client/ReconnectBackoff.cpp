#include "channel/client/ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <utility>

namespace kefu {

ReconnectBackoff::ReconnectBackoff(BackoffPolicy policy, std::function<double()> random)
    : m_policy(policy), m_random(std::move(random)) {
    if (!m_random) {
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    }
}

qint64 ReconnectBackoff::nextDelayMs() {
    // Doubling stops once the cap is reached, so a long outage cannot overflow the shift.
    qint64 base = std::max<qint64>(m_policy.initialMs, 0);
    for (int i = 0; i < m_failures && base < m_policy.maxMs; ++i) {
        base *= 2;
    }
    base = std::min(base, m_policy.maxMs);
    ++m_failures;
    const double unit = std::clamp(m_random(), 0.0, 1.0);
    const double factor = 1.0 + m_policy.jitter * (2.0 * unit - 1.0);
    return std::max<qint64>(0, std::llround(static_cast<double>(base) * factor));
}

void ReconnectBackoff::connectionUp(qint64 nowMs) {
    m_upSinceMs = nowMs;
}

void ReconnectBackoff::connectionDown(qint64 nowMs) {
    if (m_upSinceMs >= 0 && nowMs - m_upSinceMs >= m_policy.stableMs) {
        reset();
    }
    m_upSinceMs = -1;
}

void ReconnectBackoff::reset() {
    m_failures = 0;
}

}  // namespace kefu
