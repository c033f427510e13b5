#pragma once

#include <QMetaType>
#include <QString>

namespace kefu {

// Where the live channel is, for the status bar. Only Stopped, AuthFailed and Unsupported stay put: every other
// state moves on by itself (a dropped connection is retried with the backoff).
enum class ChannelState {
    Stopped,       // 未连接: not started, or stopped
    Connecting,    // 正在连接网关…: the socket is opening or the gateway's hello is awaited
    Live,          // 已连接: hello received, auth and resume sent; frames flow
    Reconnecting,  // 连接已断开，等待重连: waiting for the backoff delay
    AuthFailed,    // 登录已失效: the gateway refused the token; no reconnect until the agent signs in again
    Unsupported,  // 网关协议版本不受支持: the gateway speaks another protocol version; KefuDesk must be updated
    Failed,       // 通道故障: the channel's store connection could not be opened
};

QString channelStateKey(ChannelState state);    // "stopped", "connecting", "live", … (logs)
QString channelStateLabel(ChannelState state);  // the Chinese label above, translated
// True for the states that end by themselves (the status bar shows a busy indicator).
bool channelStateIsTransient(ChannelState state);

}  // namespace kefu

Q_DECLARE_METATYPE(kefu::ChannelState)
