#include "channel/sync/SequenceGate.h"

namespace kefu {

SequenceGate::Admitted SequenceGate::admit(const QList<InboundFrame>& frames, qint64 persisted) {
    Admitted admitted;
    for (const InboundFrame& frame : frames) {
        const std::optional<qint64> seq = sequenceOf(frame);
        if (!seq) {
            continue;
        }
        if (*seq <= persisted || m_waiting.contains(*seq)) {
            ++admitted.duplicates;
            continue;
        }
        m_waiting.insert(*seq, frame);
    }
    // Anything left at or below the persisted seq was applied by another path (a burst that waited here before).
    while (!m_waiting.isEmpty() && m_waiting.firstKey() <= persisted) {
        m_waiting.erase(m_waiting.begin());
        ++admitted.duplicates;
    }
    qint64 next = persisted + 1;
    if (m_acceptGap && !m_waiting.isEmpty()) {
        next = m_waiting.firstKey();
        m_acceptGap = false;
    }
    while (!m_waiting.isEmpty() && m_waiting.firstKey() == next) {
        admitted.ready.append(m_waiting.take(next));
        ++next;
    }
    return admitted;
}

void SequenceGate::clear() {
    m_waiting.clear();
}

}  // namespace kefu
