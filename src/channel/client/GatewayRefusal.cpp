#include "channel/client/GatewayRefusal.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

GatewayRefusal::Action GatewayRefusal::actionFor(const QString& code, int attempts) {
    if (code == u"rate_limited"_s) {
        return Action::Retry;  // nothing wrong with the command: the gateway wants fewer frames per second
    }
    // The command itself is wrong (bad_frame), or names what the gateway does not know: sending it again cannot help.
    if (code == u"bad_frame"_s || code == u"unknown_conversation"_s || code == u"unknown_agent"_s ||
        code == u"unsupported_version"_s) {
        return Action::Refuse;
    }
    // internal, and (§5 error: "an open set") any code this version does not know: maybe passing, not forever.
    return attempts < kMaxAttempts ? Action::Retry : Action::Refuse;
}

bool GatewayRefusal::aboutTheSession(const QString& code) {
    return code == u"auth_failed"_s || code == u"auth_timeout"_s || code == u"not_authenticated"_s ||
           code == u"unsupported_version"_s;
}

qint64 GatewayRefusal::pauseMs(qint64 baseMs, int streak) {
    qint64 pause = std::max<qint64>(baseMs, 1);
    for (int i = 0; i < streak && pause < kMaxPauseMs; ++i) {
        pause *= 2;
    }
    return std::min(pause, std::max(baseMs, kMaxPauseMs));
}

}  // namespace kefu
