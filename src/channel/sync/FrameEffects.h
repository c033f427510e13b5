#pragma once

#include "channel/InboundFrame.h"
#include "channel/sync/AppliedBatch.h"
#include "channel/sync/GatewayConversations.h"
#include "core/Result.h"
#include "store/AfterSaleRepository.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"
#include "store/OutboxRepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace kefu {

class Database;

// What each sequenced gateway frame does to the store (the mapping rules of the live channel's design). Each call
// writes inside the caller's transaction and records its effect in `out`; an error leaves `out` to be dropped.
class FrameEffects {
public:
    FrameEffects(Database& db, std::optional<qint64> agentId);

    // A run of message.created frames, appended with one MessageRepository::appendBatch.
    Status messagesCreated(const QList<const MessageCreatedFrame*>& frames, AppliedBatch& out);
    Status conversationOpened(const ConversationOpenedFrame& f, AppliedBatch& out);
    Status messageAcked(const MessageAckedFrame& f, AppliedBatch& out);
    Status orderUpdated(const OrderUpdatedFrame& f, AppliedBatch& out);
    Status refundUpdated(const RefundUpdatedFrame& f, AppliedBatch& out);
    Status conversationTransferred(const ConversationTransferredFrame& f, AppliedBatch& out);

    GatewayConversations& conversations() { return m_gatewayConversations; }

private:
    Result<std::optional<qint64>> agentIdByNick(const QString& nick);
    // A closed conversation whose close came after this open: the open is an old frame sent again, not a new one.
    Result<bool> openedBeforeClose(qint64 conversationId, qint64 openedAtMs);

    Database& m_db;
    std::optional<qint64> m_agentId;  // the signed-in agent
    GatewayConversations m_gatewayConversations;
    ConversationRepository m_conversations;
    CustomerRepository m_customers;
    MessageRepository m_messages;
    OutboxRepository m_outbox;
    OrderRepository m_orders;
    AfterSaleRepository m_afterSales;
};

}  // namespace kefu
