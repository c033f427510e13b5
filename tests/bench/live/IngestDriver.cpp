#include "IngestDriver.h"

#include "MonotonicClock.h"
#include "sim/GatewaySimulator.h"

namespace kefu {

IngestDriver::IngestDriver(GatewaySimulator& sim, QString agentNick, int messages, int conversations, int chunk)
    : m_sim(sim),
      m_agentNick(std::move(agentNick)),
      m_messages(messages),
      m_conversations(conversations),
      m_chunk(qMax(1, chunk)) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &IngestDriver::tick);
}

void IngestDriver::begin() {
    m_firstSentNs = monotonicNs();
    m_sim.sendBurst(0, m_conversations);  // conversation.opened ×N: part of the measured traffic
    m_timer.start();
}

void IngestDriver::tick() {
    if (m_sent < m_messages) {
        const int n = qMin(m_chunk, m_messages - m_sent);
        m_sim.sendBurst(n, m_conversations);
        m_sent += n;
        if (m_sent == m_messages) {
            m_allWrittenNs = monotonicNs();
            m_timer.setInterval(1);  // from now on only the acks are watched
        }
        return;
    }
    const GatewayStream* stream = m_sim.stream(m_agentNick);
    if (stream && stream->ackedSeq() >= stream->highestSeq()) {
        m_lastAckedNs = monotonicNs();
        m_lastSeq = stream->highestSeq();
        m_timer.stop();
        m_done.store(true);
    }
}

}  // namespace kefu
