#pragma once

#include "channel/InboundFrame.h"

#include <QList>
#include <QMap>
#include <QtGlobal>

#include <optional>

namespace kefu {

// Lets sequenced frames through in seq order with no gap (protocol v1 §8: a stream is numbered 1, 2, 3 …). A frame
// that arrives ahead of a missing one waits here, in memory and un-acked, until the gap fills; acking it would tell
// the gateway to forget the missing frame. Frames at or below the persisted seq are duplicates.
class SequenceGate {
public:
    struct Admitted {
        QList<InboundFrame> ready;  // persisted + 1, + 2 … in order (refused seqs left out)
        qint64 through = 0;         // the last seq let through, refused ones included; `persisted` when none
        int duplicates = 0;
        int refused = 0;  // seqs let through whose frame could not be decoded
    };

    Admitted admit(const QList<InboundFrame>& frames, qint64 persisted);
    // A sequenced frame the codec refused (an unknown kind …): its seq still counts as received, with no effect, so
    // one bad frame cannot hold back every frame after it (protocol §8).
    void refuse(qint64 seq);
    // The gateway said it cannot send what follows the resume (resume_too_old): the lowest waiting seq, or the next
    // frame to arrive, is taken as the new start.
    void acceptGap() { m_acceptGap = true; }
    // A new connection: the gateway re-sends everything after the resume, so what waited here comes again.
    void clear();
    int waiting() const { return static_cast<int>(m_waiting.size()); }

private:
    QMap<qint64, std::optional<InboundFrame>> m_waiting;  // nullopt: a refused frame's seq
    bool m_acceptGap = false;
};

}  // namespace kefu
