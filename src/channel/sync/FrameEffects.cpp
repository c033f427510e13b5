#include "channel/sync/FrameEffects.h"

#include "channel/sync/TransferNotice.h"
#include "store/AgentRepository.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

Message buyerMessage(const MessageCreatedFrame& f, qint64 conversationId) {
    Message m;
    m.conversationId = conversationId;
    m.direction = f.kind == MessageKind::SystemNotice ? MessageDirection::System : MessageDirection::Buyer;
    m.kind = f.kind;
    m.body = f.body;
    m.gatewayMessageId = f.gatewayMessageId;
    m.status = MessageStatus::Delivered;
    m.sentAtMs = f.sentAtMs;
    return m;
}

Error unknownConversation(const QString& gatewayId) {
    return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::FrameEffects", "网关会话不存在"),
                 u"unknown gateway conversation "_s + gatewayId};
}

}  // namespace

FrameEffects::FrameEffects(Database& db, std::optional<qint64> agentId)
    : m_db(db),
      m_agentId(agentId),
      m_gatewayConversations(db, agentId),
      m_conversations(db),
      m_customers(db),
      m_messages(db),
      m_outbox(db),
      m_orders(db),
      m_afterSales(db) {}

Status FrameEffects::messagesCreated(const QList<const MessageCreatedFrame*>& frames, AppliedBatch& out) {
    QList<Message> messages;
    messages.reserve(frames.size());
    for (const MessageCreatedFrame* frame : frames) {
        const MessageCreatedFrame& f = *frame;
        std::optional<qint64> conversationId = m_gatewayConversations.known(f.conversationId);
        if (!conversationId) {
            // A message may arrive before (or without) its conversation.opened: the channel is then unknown.
            auto resolved = m_gatewayConversations.resolve(f.conversationId, f.buyerNick, Channel::Other, f.sentAtMs);
            if (!resolved) {
                return resolved.error();
            }
            conversationId = resolved->id;
        }
        messages.append(buyerMessage(f, *conversationId));
    }
    auto results = m_messages.appendBatch(messages);
    if (!results) {
        return results.error();
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!results->at(i).inserted) {
            ++out.duplicates;
            continue;
        }
        ++out.applied;
        out.conversationIds.insert(messages[i].conversationId);
        if (messages[i].direction == MessageDirection::Buyer) {
            out.buyerMessageConversationIds.insert(messages[i].conversationId);
        }
    }
    return {};
}

Status FrameEffects::conversationOpened(const ConversationOpenedFrame& f, AppliedBatch& out) {
    auto conversation = m_gatewayConversations.resolve(f.conversationId, f.buyerNick, f.channel, f.openedAtMs);
    if (!conversation) {
        return conversation.error();
    }
    if (!conversation->created) {
        auto stale = openedBeforeClose(conversation->id, f.openedAtMs);
        if (!stale) {
            return stale.error();
        }
        if (*stale) {
            ++out.duplicates;  // an open the agent has closed since, sent again (stream_reset renumbers old frames)
            return {};
        }
        if (Status reopened = m_conversations.reopenByBuyer(conversation->id, f.openedAtMs); !reopened) {
            return reopened;
        }
    }
    ++out.applied;
    out.conversationIds.insert(conversation->id);
    return {};
}

Status FrameEffects::messageAcked(const MessageAckedFrame& f, AppliedBatch& out) {
    auto reply = m_messages.findByClientId(f.clientMessageId);
    if (!reply) {
        return reply.error();
    }
    if (!reply->has_value()) {
        return Error{ErrorCode::NotFound, QCoreApplication::translate("kefu::FrameEffects", "网关确认的回复不在本地"),
                     u"message.acked for unknown client id "_s + f.clientMessageId};
    }
    const Message& m = **reply;
    const Status marked = f.status == MessageStatus::Failed
                              ? m_messages.markFailed(m.id, f.reason)
                              : m_messages.markSent(m.id, f.status, f.gatewayMessageId, f.sentAtMs);
    if (!marked) {
        return marked;
    }
    if (Status removed = m_outbox.removeForMessage(m.id); !removed) {
        return removed;
    }
    ++out.applied;
    out.conversationIds.insert(m.conversationId);
    out.ackedMessageIds.append(m.id);
    return {};
}

Status FrameEffects::orderUpdated(const OrderUpdatedFrame& f, AppliedBatch& out) {
    auto customerId = m_customers.findOrCreateByNick(f.buyerNick, f.modifiedAtMs);
    if (!customerId) {
        return customerId.error();
    }
    auto stored = m_orders.applyPlatformUpdate(f.tid, *customerId, f.status, f.payment, f.modifiedAtMs);
    if (!stored) {
        return stored.error();
    }
    ++out.applied;
    if (*stored) {
        out.customerIds.insert(*customerId);
    }
    return {};
}

Status FrameEffects::refundUpdated(const RefundUpdatedFrame& f, AppliedBatch& out) {
    auto customerId = m_customers.findOrCreateByNick(f.buyerNick, f.modifiedAtMs);
    if (!customerId) {
        return customerId.error();
    }
    AfterSaleCase c;
    c.refundId = f.refundId;
    c.tid = f.tid;
    c.oid = f.oid;
    c.customerId = *customerId;
    c.type = f.type;
    c.reason = f.reason;
    c.amount = f.refundFee;
    c.status = f.status;
    c.createdAtMs = f.modifiedAtMs;
    c.modifiedAtMs = f.modifiedAtMs;
    auto stored = m_afterSales.applyPlatformUpdate(c);
    if (!stored) {
        return stored.error();
    }
    ++out.applied;
    if (*stored) {
        out.customerIds.insert(*customerId);
    }
    return {};
}

Status FrameEffects::conversationTransferred(const ConversationTransferredFrame& f, AppliedBatch& out) {
    auto conversation = m_gatewayConversations.find(f.conversationId);
    if (!conversation) {
        return conversation.error();
    }
    if (!conversation->has_value()) {
        return unknownConversation(f.conversationId);
    }
    const qint64 id = **conversation;
    auto agentId = agentIdByNick(f.toAgentNick);
    if (!agentId) {
        return agentId.error();
    }
    if (Status assigned = m_conversations.assign(id, *agentId); !assigned) {
        return assigned;
    }
    ++out.applied;
    out.conversationIds.insert(id);
    // The agent's own 转接 wrote its notice when it was made; the gateway's confirmation would say it twice.
    auto fromAgentId = agentIdByNick(f.fromAgentNick);
    if (!fromAgentId) {
        return fromAgentId.error();
    }
    if (m_agentId && *fromAgentId == m_agentId) {
        return {};
    }
    Message notice;
    notice.conversationId = id;
    notice.direction = MessageDirection::System;
    notice.kind = MessageKind::SystemNotice;
    notice.body = TransferNotice::text(f.fromAgentNick, f.toAgentNick, f.reason);
    notice.sentAtMs = f.transferredAtMs;
    // Keyed by the transfer itself (conversation + time), not the seq: a renumbered repeat is stored once.
    notice.gatewayMessageId = TransferNotice::noticeId(f.conversationId, f.transferredAtMs);
    auto appended = m_messages.append(notice);
    if (!appended) {
        return appended.error();
    }
    if (!appended->inserted) {
        --out.applied;
        ++out.duplicates;
    }
    return {};
}

Result<bool> FrameEffects::openedBeforeClose(qint64 conversationId, qint64 openedAtMs) {
    auto stored = m_conversations.find(conversationId);
    if (!stored) {
        return stored.error();
    }
    return stored->status == ConversationStatus::Closed && stored->closedAtMs && openedAtMs <= *stored->closedAtMs;
}

Result<std::optional<qint64>> FrameEffects::agentIdByNick(const QString& nick) {
    auto agent = AgentRepository(m_db).findByNick(nick);
    if (agent) {
        return std::optional<qint64>(agent->id);
    }
    if (agent.error().code == ErrorCode::NotFound) {
        return std::optional<qint64>{};
    }
    return agent.error();
}

}  // namespace kefu
