#pragma once

#include <QString>
#include <QtGlobal>

namespace kefu {

// What the outbox does with a command the gateway refused by an `error` quoting it as `ref` (protocol v1 §9; a fatal
// one ends the connection, so only the cap applies). Pure, so the rule is tested on its own.
class GatewayRefusal {
public:
    enum class Action {
        Retry,   // for now: sent again after a pause (rate_limited; internal or an unknown code a few times)
        Refuse,  // for good: a reply fails with the gateway's message, a command is logged and dropped
    };

    static constexpr int kMaxAttempts = 5;  // an internal error this often on the same command is not going away
    static constexpr qint64 kMaxPauseMs = 30000;

    // `attempts`: how often the command has been written, this time included.
    static Action actionFor(const QString& code, int attempts);
    // A fatal error about the sign-in or the protocol version, not about the frame it quotes: the frame is not capped.
    static bool aboutTheSession(const QString& code);
    // The outbox's pause after the `streak`-th refusal in a row (0 = the first): `baseMs` doubling up to 30 s.
    static qint64 pauseMs(qint64 baseMs, int streak);
};

}  // namespace kefu
