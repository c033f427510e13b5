#pragma once

#include "channel/FrameLimits.h"
#include "channel/InboundFrame.h"
#include "channel/OutboundFrame.h"
#include "core/Result.h"

#include <QByteArray>

#include <optional>

namespace kefu {

// Protocol v1's JSON text frames (docs/protocol.md) to and from frame values. Decoding checks, in order: size,
// strict UTF-8, nesting depth, JSON syntax, a JSON object, `v`, `type`, then each field in the frame's declared
// order; the first problem is returned as an Error whose detail starts with its FrameProblem key. Unknown fields
// are ignored. Nothing throws: the JSON parser runs with exceptions off and dump() replaces bad UTF-8.
class FrameCodec {
public:
    static constexpr qsizetype kMaxFrameBytes = FrameLimits::kMaxFrameBytes;

    // The workbench's side: what the gateway sends, and what the workbench sends it.
    static Result<InboundFrame> decode(const QByteArray& utf8);
    static QByteArray encode(const OutboundFrame& frame);
    // The `seq` of a v1 object that decode() refused (an unknown kind, a missing field …), so the workbench can still
    // count that seq as received; empty when the bytes are not a v1 JSON object or hold no positive integer seq.
    static std::optional<qint64> sequenceOfRefused(const QByteArray& utf8);

    // The gateway's side (the simulator, tests): the reverse directions.
    static Result<OutboundFrame> decodeOutbound(const QByteArray& utf8);
    static QByteArray encodeInbound(const InboundFrame& frame);
};

}  // namespace kefu
