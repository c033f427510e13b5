#pragma once

// Each frame's fields on the wire, written once for both directions: `io` is a FrameFieldReader (decode) or a
// FrameFieldWriter (encode). A field read later may depend on one read earlier (a body is checked by its kind).
// The table in docs/protocol.md mirrors this file. Internal to kefu_channel.
#include "channel/FrameLimits.h"
#include "channel/InboundFrame.h"
#include "channel/OutboundFrame.h"
#include "core/Agent.h"
#include "core/Conversation.h"
#include "core/Message.h"
#include "core/RefundStatus.h"
#include "core/TradeStatus.h"

namespace kefu {

// ---- both directions

template <typename IO>
void describeFields(IO& io, PingFrame& f) {
    io.timeMs("at_ms", f.atMs);
}

template <typename IO>
void describeFields(IO& io, PongFrame& f) {
    io.timeMs("at_ms", f.atMs);
}

// ---- gateway → workbench

template <typename IO>
void describeFields(IO& io, HelloFrame& f) {
    io.nick("shop_nick", f.shopNick);
    io.text("shop_name", f.shopName, FrameLimits::kMaxNickLength);
    io.integer("heartbeat_interval_ms", f.heartbeatIntervalMs, FrameLimits::kMinHeartbeatMs,
               FrameLimits::kMaxHeartbeatMs);
    io.timeMs("server_time_ms", f.serverTimeMs);
}

template <typename IO>
void describeFields(IO& io, ConversationOpenedFrame& f) {
    io.seq("seq", f.seq);
    io.gatewayId("conversation", f.conversationId);
    io.nick("buyer_nick", f.buyerNick);
    io.enumKey("channel", f.channel, &channelFromKey, &channelKey);
    io.timeMs("opened_at_ms", f.openedAtMs);
}

template <typename IO>
void describeFields(IO& io, MessageCreatedFrame& f) {
    io.seq("seq", f.seq);
    io.gatewayId("gateway_message_id", f.gatewayMessageId);
    io.gatewayId("conversation", f.conversationId);
    io.nick("buyer_nick", f.buyerNick);
    io.enumKey("kind", f.kind, &messageKindFromKey, &messageKindKey);
    io.body("body", f.body, f.kind);
    io.timeMs("sent_at_ms", f.sentAtMs);
}

template <typename IO>
void describeFields(IO& io, MessageAckedFrame& f) {
    io.seq("seq", f.seq);
    io.gatewayId("client_message_id", f.clientMessageId);
    io.enumKey("status", f.status, &messageStatusFromKey, &messageStatusKey);
    io.require(f.status != MessageStatus::Queued, "status", "must be 'sent', 'delivered' or 'failed'");
    if (f.status == MessageStatus::Failed) {
        io.text("reason", f.reason, FrameLimits::kMaxReasonLength);
    } else {
        io.gatewayId("gateway_message_id", f.gatewayMessageId);
        io.timeMs("sent_at_ms", f.sentAtMs);
    }
}

template <typename IO>
void describeFields(IO& io, OrderUpdatedFrame& f) {
    io.seq("seq", f.seq);
    io.taobaoId("tid", f.tid);
    io.nick("buyer_nick", f.buyerNick);
    io.enumKey("status", f.status, &tradeStatusFromName, &tradeStatusName);
    io.money("payment", f.payment);
    io.timeMs("modified_at_ms", f.modifiedAtMs);
}

template <typename IO>
void describeFields(IO& io, RefundUpdatedFrame& f) {
    io.seq("seq", f.seq);
    io.taobaoId("refund_id", f.refundId);
    io.taobaoId("tid", f.tid);
    io.taobaoId("oid", f.oid);
    io.nick("buyer_nick", f.buyerNick);
    io.enumKey("refund_type", f.type, &afterSaleTypeFromKey, &afterSaleTypeKey);
    io.enumKey("status", f.status, &refundStatusFromName, &refundStatusName);
    io.money("refund_fee", f.refundFee);
    io.optionalText("reason", f.reason, FrameLimits::kMaxReasonLength);
    io.timeMs("modified_at_ms", f.modifiedAtMs);
}

template <typename IO>
void describeFields(IO& io, ConversationTransferredFrame& f) {
    io.seq("seq", f.seq);
    io.gatewayId("conversation", f.conversationId);
    io.optionalNick("from_agent", f.fromAgentNick);
    io.nick("to_agent", f.toAgentNick);
    io.optionalText("reason", f.reason, FrameLimits::kMaxReasonLength);
    io.timeMs("transferred_at_ms", f.transferredAtMs);
}

template <typename IO>
void describeFields(IO& io, ErrorFrame& f) {
    io.gatewayId("code", f.code);
    io.text("message", f.message, FrameLimits::kMaxErrorMessageLength);
    io.optionalText("detail", f.detail, FrameLimits::kMaxErrorMessageLength);
    io.optionalGatewayId("ref", f.ref);
    io.boolean("fatal", f.fatal);
}

// ---- workbench → gateway

template <typename IO>
void describeFields(IO& io, AuthFrame& f) {
    io.nick("agent", f.agentNick);
    io.token("token", f.token);
    io.optionalText("client", f.client, FrameLimits::kMaxClientNameLength);
}

template <typename IO>
void describeFields(IO& io, ResumeFrame& f) {
    io.integer("last_seq", f.lastSeq, 0, FrameLimits::kMaxSeq);
}

template <typename IO>
void describeFields(IO& io, MessageSendFrame& f) {
    io.gatewayId("client_message_id", f.clientMessageId);
    io.gatewayId("conversation", f.conversationId);
    io.enumKey("kind", f.kind, &messageKindFromKey, &messageKindKey);
    io.require(f.kind != MessageKind::SystemNotice, "kind", "must not be 'system_notice' (agents do not send notices)");
    io.body("body", f.body, f.kind);
}

template <typename IO>
void describeFields(IO& io, MessageReadFrame& f) {
    io.gatewayId("conversation", f.conversationId);
    io.gatewayId("gateway_message_id", f.gatewayMessageId);
}

template <typename IO>
void describeFields(IO& io, ConversationCloseFrame& f) {
    io.gatewayId("conversation", f.conversationId);
}

template <typename IO>
void describeFields(IO& io, ConversationTransferFrame& f) {
    io.gatewayId("conversation", f.conversationId);
    io.nick("to_agent", f.toAgentNick);
    io.optionalText("reason", f.reason, FrameLimits::kMaxReasonLength);
}

template <typename IO>
void describeFields(IO& io, PresenceFrame& f) {
    io.enumKey("status", f.status, &agentStatusFromKey, &agentStatusKey);
}

template <typename IO>
void describeFields(IO& io, AckFrame& f) {
    io.seq("seq", f.seq);
}

}  // namespace kefu
