#pragma once

// Workbench → gateway frames of protocol v1 (docs/protocol.md). `id` is the envelope's optional frame id (empty when
// absent); the gateway quotes it as `ref` in an error about that frame.
#include "channel/HeartbeatFrame.h"
#include "core/Agent.h"
#include "core/Message.h"

#include <QString>
#include <QtGlobal>

#include <string_view>
#include <variant>

namespace kefu {

struct AuthFrame {
    static constexpr std::string_view kType = "auth";
    QString id;
    QString agentNick;  // the sub-account, 木棉纪旗舰店:小美
    QString token;
    QString client;  // optional: "KefuDesk/0.1.0", for the gateway's log
    bool operator==(const AuthFrame&) const = default;
};

struct ResumeFrame {
    static constexpr std::string_view kType = "resume";
    QString id;
    qint64 lastSeq = 0;  // the highest seq persisted; 0 when nothing has been
    bool operator==(const ResumeFrame&) const = default;
};

struct MessageSendFrame {
    static constexpr std::string_view kType = "message.send";
    QString id;
    QString clientMessageId;  // chosen by the workbench, stable across re-sends
    QString conversationId;
    MessageKind kind = MessageKind::Text;  // never SystemNotice
    QString body;
    bool operator==(const MessageSendFrame&) const = default;
};

struct MessageReadFrame {
    static constexpr std::string_view kType = "message.read";
    QString id;
    QString conversationId;
    QString gatewayMessageId;  // the newest buyer message read; everything before it counts as read too
    bool operator==(const MessageReadFrame&) const = default;
};

struct ConversationCloseFrame {
    static constexpr std::string_view kType = "conversation.close";
    QString id;
    QString conversationId;
    bool operator==(const ConversationCloseFrame&) const = default;
};

struct ConversationTransferFrame {
    static constexpr std::string_view kType = "conversation.transfer";
    QString id;
    QString conversationId;
    QString toAgentNick;
    QString reason;  // optional
    bool operator==(const ConversationTransferFrame&) const = default;
};

struct PresenceFrame {
    static constexpr std::string_view kType = "presence";
    QString id;
    AgentStatus status = AgentStatus::Online;  // 在线 挂起 离线
    bool operator==(const PresenceFrame&) const = default;
};

struct AckFrame {
    static constexpr std::string_view kType = "ack";
    QString id;
    qint64 seq = 0;  // persisted: the gateway may forget every frame up to it
    bool operator==(const AckFrame&) const = default;
};

using OutboundFrame = std::variant<AuthFrame, ResumeFrame, MessageSendFrame, MessageReadFrame, ConversationCloseFrame,
                                   ConversationTransferFrame, PresenceFrame, AckFrame, PingFrame, PongFrame>;

std::string_view frameType(const OutboundFrame& frame);

}  // namespace kefu
