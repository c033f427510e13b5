#include "channel/sync/InboundApplier.h"

#include "channel/sync/FrameEffects.h"
#include "logging/Log.h"
#include "store/AgentRepository.h"
#include "store/Database.h"

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

// Errors that say the store could not be written at all (as opposed to a frame it cannot take): the whole burst
// is rolled back so nothing is acked and the gateway sends it again.
bool isStorageFailure(const Error& error) {
    switch (error.code) {
        case ErrorCode::Io:
        case ErrorCode::DiskFull:
        case ErrorCode::Busy:
        case ErrorCode::Corrupt:
        case ErrorCode::Internal:
            return true;
        default:
            return false;
    }
}

// Pointers into the caller's list, so a burst of 1,000 frames is not copied around.
QList<SequencedFrame> sequencedFrames(const QList<InboundFrame>& frames) {
    QList<SequencedFrame> sequenced;
    sequenced.reserve(frames.size());
    for (const InboundFrame& frame : frames) {
        if (const std::optional<qint64> seq = sequenceOf(frame)) {
            sequenced.append({*seq, &frame});
        }
    }
    return sequenced;
}

void logRejected(const SequencedFrame& frame, const Error& error) {
    const QString type = QString::fromLatin1(frameType(*frame.frame));
    log::warn(
        u"网关消息无法应用，已跳过：%1 seq %2：%3 | %4"_s.arg(type).arg(frame.seq).arg(error.message, error.detail));
}

}  // namespace

InboundApplier::InboundApplier(Database& db, QString streamKey, QString agentNick)
    : m_db(db), m_streamKey(std::move(streamKey)), m_agentNick(std::move(agentNick)), m_streams(db) {}

InboundApplier::~InboundApplier() = default;

FrameEffects& InboundApplier::effects() {
    if (!m_effects) {
        std::optional<qint64> agentId;
        if (auto agent = AgentRepository(m_db).findByNick(m_agentNick)) {
            agentId = agent->id;
        }
        m_effects = std::make_unique<FrameEffects>(m_db, agentId);
    }
    return *m_effects;
}

Result<qint64> InboundApplier::lastSeq() {
    return m_streams.lastSeq(m_streamKey);
}

Result<AppliedBatch> InboundApplier::apply(const QList<InboundFrame>& frames) {
    AppliedBatch batch;
    auto persisted = m_streams.lastSeq(m_streamKey);
    if (!persisted) {
        return persisted.error();
    }
    SequenceGate::Admitted admitted = m_gate.admit(frames, *persisted);
    batch.duplicates = admitted.duplicates;
    batch.rejected = admitted.refused;
    batch.lastSeq = *persisted;
    if (admitted.through == *persisted) {
        return batch;
    }
    const QList<SequencedFrame> ready = sequencedFrames(admitted.ready);
    const qint64 high = admitted.through;
    // The conversation ids remembered from earlier bursts stay: only this applier creates gateway conversations,
    // and a rollback (below, and in each savepoint) forgets them.
    const Status done = m_db.transaction([&]() -> Status {
        if (Status applied = applyFresh(ready, batch); !applied) {
            return applied;
        }
        return m_streams.setLastSeq(m_streamKey, high);
    });
    if (!done) {
        // Nothing is acked; the worker reconnects and the gateway re-sends from the persisted seq.
        effects().conversations().forget();
        m_gate.clear();
        return done.error();
    }
    batch.lastSeq = high;
    return batch;
}

// Consecutive message.created frames go in as one run (one appendBatch); every other frame on its own.
Status InboundApplier::applyFresh(const QList<SequencedFrame>& frames, AppliedBatch& batch) {
    QList<SequencedFrame> run;
    for (const SequencedFrame& frame : frames) {
        if (std::holds_alternative<MessageCreatedFrame>(*frame.frame)) {
            run.append(frame);
            continue;
        }
        if (!run.isEmpty()) {
            if (Status applied = applyMessageRun(run, batch); !applied) {
                return applied;
            }
            run.clear();
        }
        if (Status applied = applyOne(frame, batch); !applied) {
            return applied;
        }
    }
    return run.isEmpty() ? Status{} : applyMessageRun(run, batch);
}

// A run that cannot be stored as a whole is retried frame by frame, so only the frame at fault is rejected.
Status InboundApplier::applyMessageRun(const QList<SequencedFrame>& run, AppliedBatch& batch) {
    QList<const MessageCreatedFrame*> messages;
    messages.reserve(run.size());
    for (const SequencedFrame& frame : run) {
        messages.append(&std::get<MessageCreatedFrame>(*frame.frame));
    }
    AppliedBatch delta;
    const Status stored = m_db.transaction([&]() -> Status { return effects().messagesCreated(messages, delta); });
    if (stored) {
        batch.merge(delta);
        return {};
    }
    effects().conversations().forget();
    if (isStorageFailure(stored.error())) {
        return stored;
    }
    if (run.size() == 1) {
        logRejected(run.first(), stored.error());
        ++batch.rejected;
        return {};
    }
    for (const SequencedFrame& frame : run) {
        if (Status applied = applyMessageRun({frame}, batch); !applied) {
            return applied;
        }
    }
    return {};
}

Status InboundApplier::applyOne(const SequencedFrame& frame, AppliedBatch& batch) {
    AppliedBatch delta;
    const Status stored = m_db.transaction([&]() -> Status {
        FrameEffects& e = effects();
        return std::visit(
            [&](const auto& f) -> Status {
                using Frame = std::decay_t<decltype(f)>;
                if constexpr (std::is_same_v<Frame, ConversationOpenedFrame>) {
                    return e.conversationOpened(f, delta);
                } else if constexpr (std::is_same_v<Frame, MessageAckedFrame>) {
                    return e.messageAcked(f, delta);
                } else if constexpr (std::is_same_v<Frame, OrderUpdatedFrame>) {
                    return e.orderUpdated(f, delta);
                } else if constexpr (std::is_same_v<Frame, RefundUpdatedFrame>) {
                    return e.refundUpdated(f, delta);
                } else if constexpr (std::is_same_v<Frame, ConversationTransferredFrame>) {
                    return e.conversationTransferred(f, delta);
                } else {
                    return Status{};  // unsequenced frames were filtered out before
                }
            },
            *frame.frame);
    });
    if (stored) {
        batch.merge(delta);
        return {};
    }
    effects().conversations().forget();
    if (isStorageFailure(stored.error())) {
        return stored;
    }
    logRejected(frame, stored.error());
    ++batch.rejected;
    return {};
}

}  // namespace kefu
