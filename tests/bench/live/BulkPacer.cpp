#include "BulkPacer.h"

#include "MonotonicClock.h"
#include "sim/GatewaySimulator.h"

#include <cmath>

namespace kefu {

BulkPacer::BulkPacer(GatewaySimulator& sim, double rate, int conversations, int capacity)
    : m_sim(sim),
      m_rate(rate),
      m_conversations(conversations),
      m_capacity(capacity),
      m_sentAt(new std::atomic<qint64>[static_cast<size_t>(capacity) + 1]) {
    for (int i = 0; i <= capacity; ++i) {
        m_sentAt[static_cast<size_t>(i)].store(0);
    }
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &BulkPacer::tick);
}

void BulkPacer::begin() {
    m_firstNumber.store(m_sim.bulkSent() + 1);
    m_clock.start();
    m_timer.start();
}

void BulkPacer::end() {
    m_timer.stop();
}

qint64 BulkPacer::sentAtNs(int number) const {
    const int slot = number - m_firstNumber + 1;
    return slot >= 1 && slot <= m_capacity ? m_sentAt[static_cast<size_t>(slot)].load() : 0;
}

void BulkPacer::tick() {
    const auto due = static_cast<int>(std::floor(static_cast<double>(m_clock.nsecsElapsed()) * m_rate / 1e9));
    while (m_sent.load() < qMin(due, m_capacity)) {
        const qint64 now = monotonicNs();
        m_sim.sendBurst(1, m_conversations);
        const int slot = m_sim.bulkSent() - m_firstNumber + 1;
        if (slot >= 1 && slot <= m_capacity) {
            m_sentAt[static_cast<size_t>(slot)].store(now);
        }
        m_sent.fetch_add(1);
    }
}

}  // namespace kefu
