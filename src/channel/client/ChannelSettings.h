#pragma once

#include "channel/client/ReconnectBackoff.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace kefu {

// The protocol's timings; the defaults are protocol v1's. Tests inject short ones.
struct ChannelTimings {
    qint64 helloTimeoutMs = 5000;    // from open() until the gateway's hello (§7)
    qint64 heartbeatOverrideMs = 0;  // > 0: use this instead of hello.heartbeat_interval_ms (tests)
    BackoffPolicy backoff;           // reconnect delays (§7)
    qint64 gapTimeoutMs = 3000;      // frames waiting behind a missing seq this long with no progress: reconnect
    qint64 rateLimitPauseMs = 5000;  // after the gateway's rate_limited error the outbox waits this long
    qint64 checkpointIdleMs = 2000;  // a WAL checkpoint runs once the store has been quiet this long
    qint64 maxIncomingMessageBytes = 1024 * 1024;  // bigger ones are refused by the socket itself (close 1009)
};

// What the live channel needs to start: where the gateway is, who signs in, and which store to write.
struct ChannelSettings {
    QString url;         // ws://host:port/path or wss://…
    QString agentNick;   // the sub-account, 木棉纪旗舰店:小美; also the gateway stream's key
    QString token;       // from the shop's login; opaque
    QString dbPath;      // the store file the worker opens its own connection on
    QString clientName;  // auth's `client`; empty: "KefuDesk/<version>"
    ChannelTimings timings;
};

}  // namespace kefu

Q_DECLARE_METATYPE(kefu::ChannelSettings)
