#pragma once

#include <QtGlobal>

namespace kefu {

// The bounds of protocol v1 (docs/protocol.md, "Limits"). Every field is bounded so that any valid frame fits well
// inside kMaxFrameBytes; lengths are counted in UTF-16 code units, as a JavaScript gateway's String.length does.
struct FrameLimits {
    static constexpr int kProtocolVersion = 1;
    static constexpr qsizetype kMaxFrameBytes = 64 * 1024;
    static constexpr int kMaxDepth = 32;                      // nested objects/arrays, counting the frame itself
    static constexpr qint64 kMaxSeq = 9007199254740991LL;     // 2^53 - 1: exact in a JavaScript number
    static constexpr qint64 kMaxTimeMs = 9007199254740991LL;  // UTC ms; same bound for the same reason
    static constexpr int kMaxIdLength = 64;                   // gateway ids: [A-Za-z0-9._:-]{1,64}
    static constexpr int kMaxNickLength = 64;                 // buyer and agent nicks
    static constexpr int kMaxTextLength = 4000;               // a text message or system notice
    static constexpr int kMaxImageRefLength = 2048;           // an image message's URL or path
    static constexpr int kMaxReasonLength = 500;
    static constexpr int kMaxErrorMessageLength = 1000;
    static constexpr int kMaxTokenLength = 4096;  // printable ASCII, no spaces
    static constexpr int kMaxClientNameLength = 64;
    static constexpr qint64 kMinHeartbeatMs = 1000;
    static constexpr qint64 kMaxHeartbeatMs = 600000;
};

}  // namespace kefu
