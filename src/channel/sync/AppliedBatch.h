#pragma once

#include <QList>
#include <QSet>
#include <QtGlobal>

namespace kefu {

// What InboundApplier::apply stored from one burst of sequenced gateway frames, for the ack and for the views
// that must re-read.
struct AppliedBatch {
    qint64 lastSeq = 0;  // the stream's highest persisted seq after the batch: the workbench acks this
    int applied = 0;     // frames whose effect was stored
    int duplicates = 0;  // seq <= last persisted, or the gateway message id was already stored
    int rejected = 0;    // frames that could not be applied (logged with the reason; their seq is still covered)
    QSet<qint64> conversationIds;              // inbox rows to refresh (new message, opened, transferred, acked reply)
    QSet<qint64> buyerMessageConversationIds;  // got a NEW buyer message (chime / notification)
    QSet<qint64> customerIds;                  // whose orders or after-sales cases changed (side panel re-reads)
    QList<qint64> ackedMessageIds;             // replies whose status changed (chat view re-reads their status)

    // Adds what `other` (one frame's or one run's effect) stored; lastSeq is left to the caller.
    void merge(const AppliedBatch& other) {
        applied += other.applied;
        duplicates += other.duplicates;
        rejected += other.rejected;
        conversationIds.unite(other.conversationIds);
        buyerMessageConversationIds.unite(other.buyerMessageConversationIds);
        customerIds.unite(other.customerIds);
        ackedMessageIds.append(other.ackedMessageIds);
    }
};

}  // namespace kefu
