#include "sim/GatewayStream.h"

#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace kefu {

GatewayStream::GatewayStream(QString agentNick, qint64 firstSeq, int retentionLimit)
    : m_agentNick(std::move(agentNick)),
      m_firstSeq(qMax<qint64>(1, firstSeq)),
      m_nextSeq(m_firstSeq),
      m_retentionLimit(qMax(0, retentionLimit)) {}

InboundFrame GatewayStream::withSeq(InboundFrame frame, qint64 seq) {
    std::visit(
        [seq](auto& f) {
            if constexpr (requires { f.seq; }) {
                f.seq = seq;
            }
        },
        frame);
    return frame;
}

InboundFrame GatewayStream::append(InboundFrame frame) {
    const qint64 seq = m_nextSeq++;
    frame = withSeq(std::move(frame), seq);
    m_retained.insert(seq, frame);
    while (m_retentionLimit > 0 && m_retained.size() > m_retentionLimit) {
        m_forgottenSeq = m_retained.firstKey();
        m_retained.erase(m_retained.begin());
    }
    return frame;
}

bool GatewayStream::ack(qint64 seq) {
    if (seq > highestSeq() || seq <= m_ackedSeq) {
        return false;
    }
    m_ackedSeq = seq;
    while (!m_retained.isEmpty() && m_retained.firstKey() <= seq) {
        m_retained.erase(m_retained.begin());
    }
    return true;
}

GatewayStream::Resume GatewayStream::resume(qint64 lastSeq) {
    Resume plan;
    if (lastSeq > highestSeq()) {
        // The gateway has lost the workbench's history: replay all it has, renumbered above what the workbench
        // already holds (as is every new frame), so nothing is mistaken for a duplicate.
        plan.errorCode = u"stream_reset"_s;
        QMap<qint64, InboundFrame> renumbered;
        m_nextSeq = lastSeq + 1;
        for (const InboundFrame& frame : std::as_const(m_retained)) {
            const qint64 seq = m_nextSeq++;
            renumbered.insert(seq, withSeq(frame, seq));
        }
        m_retained = renumbered;
        m_ackedSeq = lastSeq;
        m_forgottenSeq = 0;
        plan.frames = m_retained.values();
        return plan;
    }
    // Frames up to an earlier ack (or beyond the retention limit) are gone: the workbench's history has a hole.
    if (lastSeq < qMax(m_ackedSeq, m_forgottenSeq)) {
        plan.errorCode = u"resume_too_old"_s;
    }
    ack(lastSeq);
    for (auto it = m_retained.upperBound(lastSeq); it != m_retained.end(); ++it) {
        plan.frames.append(it.value());
    }
    return plan;
}

}  // namespace kefu
