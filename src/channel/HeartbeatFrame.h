#pragma once

#include <QString>
#include <QtGlobal>

#include <string_view>

namespace kefu {

// Heartbeats go both ways: either side may ping, the other answers with a pong carrying the same at_ms.
struct PingFrame {
    static constexpr std::string_view kType = "ping";
    QString id;  // the envelope's optional frame id
    qint64 atMs = 0;
    bool operator==(const PingFrame&) const = default;
};

struct PongFrame {
    static constexpr std::string_view kType = "pong";
    QString id;
    qint64 atMs = 0;  // the at_ms of the ping answered
    bool operator==(const PongFrame&) const = default;
};

}  // namespace kefu
