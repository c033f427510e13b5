#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace kefu {

// Why a frame was refused, in the order FrameCodec checks. The key is stable (logs, the gateway's bad_frame error,
// tests); an Error's detail starts with it in brackets: "[wrong_type] message.created: field 'seq' must be …".
enum class FrameProblem {
    TooLarge,            // too_large: over FrameLimits::kMaxFrameBytes
    InvalidUtf8,         // invalid_utf8
    TooDeep,             // too_deep: nested deeper than FrameLimits::kMaxDepth
    MalformedJson,       // malformed_json
    NotAnObject,         // not_an_object
    MissingVersion,      // missing_version
    UnsupportedVersion,  // unsupported_version
    UnknownType,         // unknown_type (also a frame of the other direction)
    MissingField,        // missing_field
    WrongType,           // wrong_type
    UnknownValue,        // unknown_value: not a key of the enumeration
    InvalidValue,        // invalid_value: empty, too long, out of range, not a Taobao id …
};

QString frameProblemKey(FrameProblem problem);
std::optional<FrameProblem> frameProblemFromKey(QStringView key);
// The Error FrameCodec returns: InvalidInput, a Chinese message (naming `field` when given), "[key] detail".
Error frameError(FrameProblem problem, const QString& detail, const QString& field = {});
// The problem an Error from FrameCodec stands for; empty for any other Error.
std::optional<FrameProblem> frameProblemOf(const Error& error);

}  // namespace kefu
