#pragma once

#include "channel/InboundFrame.h"
#include "channel/sync/AppliedBatch.h"
#include "channel/sync/SequenceGate.h"
#include "channel/sync/SequencedFrame.h"
#include "core/Result.h"
#include "store/GatewayStreamRepository.h"

#include <QList>
#include <QString>

#include <memory>

namespace kefu {

class Database;
class FrameEffects;

// Applies the gateway's sequenced frames to the store, exactly once, and keeps the stream's last persisted seq
// (protocol v1 §8). Lives on the channel worker's thread with that thread's Database.
class InboundApplier {
public:
    InboundApplier(Database& db, QString streamKey, QString agentNick);
    ~InboundApplier();
    InboundApplier(const InboundApplier&) = delete;
    InboundApplier& operator=(const InboundApplier&) = delete;

    Result<qint64> lastSeq();
    // The sequenced frames of one burst, in ONE transaction: frames with seq <= last persisted are skipped as
    // duplicates, the others applied in seq order from last persisted + 1 with no gap (each in a savepoint: one that
    // cannot be applied — e.g. an acked reply that is not in the store — is logged and counted as rejected and does not
    // stop the others), then the stream's last seq is stored. An I/O failure (disk full, busy) returns the error and
    // stores NOTHING, so nothing is acked and the gateway re-sends. Unsequenced frames in the list are ignored. A frame
    // that arrives ahead of a missing seq waits (in memory, not acked) until the gap fills; see SequenceGate.
    Result<AppliedBatch> apply(const QList<InboundFrame>& frames);
    int waitingForGap() const { return m_gate.waiting(); }
    // A new connection (the gateway re-sends what follows the resume) or resume_too_old (it cannot).
    void discardWaiting() { m_gate.clear(); }
    void acceptGap() { m_gate.acceptGap(); }
    // A sequenced frame the codec refused: its seq is covered with no effect (counted as rejected) once reached.
    void refuse(qint64 seq) { m_gate.refuse(seq); }

private:
    Status applyFresh(const QList<SequencedFrame>& frames, AppliedBatch& batch);
    Status applyMessageRun(const QList<SequencedFrame>& run, AppliedBatch& batch);
    Status applyOne(const SequencedFrame& frame, AppliedBatch& batch);
    FrameEffects& effects();

    Database& m_db;
    QString m_streamKey;
    QString m_agentNick;
    GatewayStreamRepository m_streams;
    SequenceGate m_gate;
    std::unique_ptr<FrameEffects> m_effects;  // made on first use: the agent is looked up then
};

}  // namespace kefu
