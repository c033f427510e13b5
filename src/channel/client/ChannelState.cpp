#include "channel/client/ChannelState.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

QString channelStateKey(ChannelState state) {
    switch (state) {
        case ChannelState::Stopped:
            return u"stopped"_s;
        case ChannelState::Connecting:
            return u"connecting"_s;
        case ChannelState::Live:
            return u"live"_s;
        case ChannelState::Reconnecting:
            return u"reconnecting"_s;
        case ChannelState::AuthFailed:
            return u"auth_failed"_s;
        case ChannelState::Unsupported:
            return u"unsupported"_s;
        case ChannelState::Failed:
            return u"failed"_s;
    }
    return u"stopped"_s;
}

QString channelStateLabel(ChannelState state) {
    switch (state) {
        case ChannelState::Stopped:
            return QCoreApplication::translate("kefu::ChannelState", "未连接");
        case ChannelState::Connecting:
            return QCoreApplication::translate("kefu::ChannelState", "正在连接网关…");
        case ChannelState::Live:
            return QCoreApplication::translate("kefu::ChannelState", "已连接");
        case ChannelState::Reconnecting:
            return QCoreApplication::translate("kefu::ChannelState", "连接已断开，等待重连");
        case ChannelState::AuthFailed:
            return QCoreApplication::translate("kefu::ChannelState", "登录已失效");
        case ChannelState::Unsupported:
            return QCoreApplication::translate("kefu::ChannelState", "网关协议版本不受支持");
        case ChannelState::Failed:
            return QCoreApplication::translate("kefu::ChannelState", "通道故障");
    }
    return {};
}

bool channelStateIsTransient(ChannelState state) {
    return state == ChannelState::Connecting || state == ChannelState::Reconnecting;
}

}  // namespace kefu
