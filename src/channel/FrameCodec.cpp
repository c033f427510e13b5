#include "channel/FrameCodec.h"

#include "channel/FrameFieldReader.h"
#include "channel/FrameFieldWriter.h"
#include "channel/FrameFields.h"
#include "channel/FrameProblem.h"
#include "channel/JsonNesting.h"
#include "channel/StrictUtf8.h"

#include <nlohmann/json.hpp>

#include <utility>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

// The checks every frame passes before its type is known.
Result<nlohmann::json> parseObject(const QByteArray& bytes) {
    if (bytes.size() > FrameLimits::kMaxFrameBytes) {
        return frameError(FrameProblem::TooLarge,
                          u"frame is %1 bytes, the limit is %2"_s.arg(bytes.size()).arg(FrameLimits::kMaxFrameBytes));
    }
    if (!StrictUtf8::isValid(bytes)) {
        return frameError(FrameProblem::InvalidUtf8, u"frame is not valid UTF-8"_s);
    }
    if (JsonNesting::exceeds(bytes, FrameLimits::kMaxDepth)) {
        return frameError(FrameProblem::TooDeep, u"frame nests deeper than %1 levels"_s.arg(FrameLimits::kMaxDepth));
    }
    nlohmann::json object = nlohmann::json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    if (object.is_discarded()) {
        return frameError(FrameProblem::MalformedJson, u"frame is not valid JSON"_s);
    }
    if (!object.is_object()) {
        return frameError(FrameProblem::NotAnObject,
                          u"frame must be a JSON object, not %1"_s.arg(QString::fromUtf8(object.type_name())));
    }
    return object;
}

std::optional<Error> checkVersion(const nlohmann::json& object) {
    const auto v = object.find("v");
    if (v == object.end()) {
        return frameError(FrameProblem::MissingVersion, u"field 'v' is missing"_s, u"v"_s);
    }
    if (!v->is_number_integer()) {
        return frameError(FrameProblem::WrongType, u"field 'v' must be an integer"_s, u"v"_s);
    }
    if (v->is_number_unsigned() && v->get<std::uint64_t>() == std::uint64_t(FrameLimits::kProtocolVersion)) {
        return std::nullopt;
    }
    return frameError(FrameProblem::UnsupportedVersion,
                      u"protocol version %1 is not supported (supported: %2)"_s.arg(QString::fromStdString(v->dump()))
                          .arg(FrameLimits::kProtocolVersion));
}

Result<std::string> frameTypeOf(const nlohmann::json& object) {
    const auto type = object.find("type");
    if (type == object.end()) {
        return frameError(FrameProblem::MissingField, u"field 'type' is missing"_s, u"type"_s);
    }
    if (!type->is_string()) {
        return frameError(FrameProblem::WrongType, u"field 'type' must be a string"_s, u"type"_s);
    }
    return type->get<std::string>();
}

template <typename Frame>
Result<Frame> readFrame(const nlohmann::json& object) {
    Frame frame;
    FrameFieldReader reader(object, Frame::kType);
    reader.optionalGatewayId("id", frame.id);
    describeFields(reader, frame);
    if (reader.error()) {
        return *reader.error();
    }
    return frame;
}

// The alternative of `Variant` whose kType is `type`, read from `object`; empty when no alternative has that type.
template <typename Variant, std::size_t... I>
std::optional<Result<Variant>> readAlternative(const std::string& type, const nlohmann::json& object,
                                               std::index_sequence<I...>) {
    std::optional<Result<Variant>> result;
    const auto tryOne = [&]<typename Frame>(std::type_identity<Frame>) {
        if (result || Frame::kType != type) {
            return;
        }
        Result<Frame> frame = readFrame<Frame>(object);
        result = frame ? Result<Variant>(Variant(std::move(frame).value())) : Result<Variant>(frame.error());
    };
    (tryOne(std::type_identity<std::variant_alternative_t<I, Variant>>{}), ...);
    return result;
}

template <typename Variant>
Result<Variant> decodeFrame(const QByteArray& bytes, const char* direction) {
    Result<nlohmann::json> object = parseObject(bytes);
    if (!object) {
        return object.error();
    }
    if (std::optional<Error> versionError = checkVersion(*object)) {
        return *versionError;
    }
    Result<std::string> type = frameTypeOf(*object);
    if (!type) {
        return type.error();
    }
    std::optional<Result<Variant>> frame =
        readAlternative<Variant>(*type, *object, std::make_index_sequence<std::variant_size_v<Variant>>{});
    if (!frame) {
        return frameError(FrameProblem::UnknownType, u"unknown %1 frame type '%2'"_s.arg(QString::fromUtf8(direction))
                                                         .arg(QString::fromStdString(*type).left(64)));
    }
    return std::move(*frame);
}

template <typename Variant>
QByteArray encodeFrame(const Variant& frame) {
    return std::visit(
        [](const auto& alternative) {
            auto fields = alternative;  // the shared field description takes a mutable frame
            FrameFieldWriter writer(std::decay_t<decltype(alternative)>::kType);
            writer.optionalGatewayId("id", fields.id);
            describeFields(writer, fields);
            return writer.toJson();
        },
        frame);
}

}  // namespace

Result<InboundFrame> FrameCodec::decode(const QByteArray& utf8) {
    return decodeFrame<InboundFrame>(utf8, "gateway");
}

QByteArray FrameCodec::encode(const OutboundFrame& frame) {
    return encodeFrame(frame);
}

Result<OutboundFrame> FrameCodec::decodeOutbound(const QByteArray& utf8) {
    return decodeFrame<OutboundFrame>(utf8, "workbench");
}

QByteArray FrameCodec::encodeInbound(const InboundFrame& frame) {
    return encodeFrame(frame);
}

std::optional<qint64> FrameCodec::sequenceOfRefused(const QByteArray& utf8) {
    Result<nlohmann::json> object = parseObject(utf8);
    if (!object || checkVersion(*object)) {
        return std::nullopt;  // not a v1 object at all: nothing says it held a seq
    }
    const auto seq = object->find("seq");
    if (seq == object->end() || !seq->is_number_integer() || seq->get<qint64>() < 1) {
        return std::nullopt;
    }
    return seq->get<qint64>();
}

std::string_view frameType(const InboundFrame& frame) {
    return std::visit([](const auto& f) { return std::decay_t<decltype(f)>::kType; }, frame);
}

std::string_view frameType(const OutboundFrame& frame) {
    return std::visit([](const auto& f) { return std::decay_t<decltype(f)>::kType; }, frame);
}

std::optional<qint64> sequenceOf(const InboundFrame& frame) {
    return std::visit(
        [](const auto& f) -> std::optional<qint64> {
            if constexpr (requires { f.seq; }) {
                return f.seq;
            } else {
                return std::nullopt;
            }
        },
        frame);
}

}  // namespace kefu
