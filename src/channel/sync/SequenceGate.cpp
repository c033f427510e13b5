#include "channel/sync/SequenceGate.h"

namespace kefu {

SequenceGate::Admitted SequenceGate::admit(const QList<InboundFrame>& frames, qint64 persisted) {
    Admitted admitted;
    for (const InboundFrame& frame : frames) {
        const std::optional<qint64> seq = sequenceOf(frame);
        if (!seq) {
            continue;
        }
        if (*seq <= persisted || (m_waiting.contains(*seq) && m_waiting.value(*seq).has_value())) {
            ++admitted.duplicates;
            continue;
        }
        m_waiting.insert(*seq, frame);  // a frame decoded now replaces a refused copy of it
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
    admitted.through = persisted;
    while (!m_waiting.isEmpty() && m_waiting.firstKey() == next) {
        std::optional<InboundFrame> frame = m_waiting.take(next);
        if (frame) {
            admitted.ready.append(std::move(*frame));
        } else {
            ++admitted.refused;
        }
        admitted.through = next;
        ++next;
    }
    return admitted;
}

void SequenceGate::refuse(qint64 seq) {
    if (!m_waiting.contains(seq)) {
        m_waiting.insert(seq, std::nullopt);
    }
}

void SequenceGate::clear() {
    m_waiting.clear();
    m_acceptGap = false;  // a flag left from an earlier connection must not let a later reordered frame skip a seq
}

}  // namespace kefu
