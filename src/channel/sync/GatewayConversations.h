#pragma once

#include "core/Conversation.h"
#include "core/Result.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kefu {

class Database;

// The gateway's conversation ids mapped to stored conversations, remembered for a burst so 1,000 messages over
// 20 conversations cost 20 look-ups. A conversation (and its buyer) not seen before is created on first mention.
class GatewayConversations {
public:
    struct Resolved {
        qint64 id = 0;
        bool created = false;
    };

    // `agentId`: who new conversations are routed to (the signed-in agent; empty when not in the store).
    GatewayConversations(Database& db, std::optional<qint64> agentId);

    Result<std::optional<qint64>> find(const QString& gatewayId);
    // The id already looked up in this burst, without touching the store (the hot path of a message burst).
    std::optional<qint64> known(const QString& gatewayId) const {
        const auto it = m_ids.constFind(gatewayId);
        return it == m_ids.cend() ? std::nullopt : std::optional<qint64>(it.value());
    }
    Result<Resolved> resolve(const QString& gatewayId, const QString& buyerNick, Channel channel, qint64 atMs);
    // After a rollback the remembered ids may name rows that are gone.
    void forget() { m_ids.clear(); }

private:
    Result<qint64> create(const QString& gatewayId, const QString& buyerNick, Channel channel, qint64 atMs);

    ConversationRepository m_conversations;
    CustomerRepository m_customers;
    std::optional<qint64> m_agentId;
    QHash<QString, qint64> m_ids;
};

}  // namespace kefu
