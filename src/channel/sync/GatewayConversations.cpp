#include "channel/sync/GatewayConversations.h"

namespace kefu {

GatewayConversations::GatewayConversations(Database& db, std::optional<qint64> agentId)
    : m_conversations(db), m_customers(db), m_agentId(agentId) {}

Result<std::optional<qint64>> GatewayConversations::find(const QString& gatewayId) {
    if (auto it = m_ids.constFind(gatewayId); it != m_ids.cend()) {
        return std::optional<qint64>(it.value());
    }
    auto found = m_conversations.findByGatewayId(gatewayId);
    if (found && found->has_value()) {
        m_ids.insert(gatewayId, **found);
    }
    return found;
}

Result<GatewayConversations::Resolved> GatewayConversations::resolve(const QString& gatewayId, const QString& buyerNick,
                                                                     Channel channel, qint64 atMs) {
    auto found = find(gatewayId);
    if (!found) {
        return found.error();
    }
    if (found->has_value()) {
        return Resolved{**found, false};
    }
    auto created = create(gatewayId, buyerNick, channel, atMs);
    if (!created) {
        return created.error();
    }
    m_ids.insert(gatewayId, *created);
    return Resolved{*created, true};
}

Result<qint64> GatewayConversations::create(const QString& gatewayId, const QString& buyerNick, Channel channel,
                                            qint64 atMs) {
    auto customerId = m_customers.findOrCreateByNick(buyerNick, atMs);
    if (!customerId) {
        return customerId.error();
    }
    Conversation c;
    c.customerId = *customerId;
    c.channel = channel;
    c.status = ConversationStatus::Waiting;
    c.assignedAgentId = m_agentId;
    c.openedAtMs = atMs;
    c.lastMessageAtMs = atMs;
    return m_conversations.createFromGateway(c, gatewayId);
}

}  // namespace kefu
