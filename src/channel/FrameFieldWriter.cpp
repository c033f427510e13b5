#include "channel/FrameFieldWriter.h"

#include "channel/FrameLimits.h"

namespace kefu {

FrameFieldWriter::FrameFieldWriter(std::string_view type) {
    m_object["v"] = FrameLimits::kProtocolVersion;
    m_object["type"] = std::string(type);
}

void FrameFieldWriter::integer(const char* name, const qint64& value, qint64, qint64) {
    m_object[name] = std::int64_t(value);
}

void FrameFieldWriter::seq(const char* name, const qint64& value) {
    m_object[name] = std::int64_t(value);
}

void FrameFieldWriter::timeMs(const char* name, const qint64& value) {
    m_object[name] = std::int64_t(value);
}

void FrameFieldWriter::boolean(const char* name, const bool& value) {
    m_object[name] = value;
}

void FrameFieldWriter::gatewayId(const char* name, const QString& value) {
    put(name, value);
}

void FrameFieldWriter::optionalGatewayId(const char* name, const QString& value) {
    putOptional(name, value);
}

void FrameFieldWriter::taobaoId(const char* name, const QString& value) {
    put(name, value);
}

void FrameFieldWriter::nick(const char* name, const QString& value) {
    put(name, value);
}

void FrameFieldWriter::optionalNick(const char* name, const QString& value) {
    putOptional(name, value);
}

void FrameFieldWriter::text(const char* name, const QString& value, int) {
    put(name, value);
}

void FrameFieldWriter::optionalText(const char* name, const QString& value, int) {
    putOptional(name, value);
}

void FrameFieldWriter::token(const char* name, const QString& value) {
    put(name, value);
}

void FrameFieldWriter::money(const char* name, const Money& value) {
    put(name, value.toYuanString());
}

void FrameFieldWriter::body(const char* name, const QString& value, MessageKind) {
    put(name, value);
}

QByteArray FrameFieldWriter::toJson() const {
    // `replace` rather than the default `strict`: dump() must never throw, even for a string that is not UTF-8.
    const std::string text = m_object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

void FrameFieldWriter::put(const char* name, const QString& value) {
    m_object[name] = value.toStdString();
}

void FrameFieldWriter::putOptional(const char* name, const QString& value) {
    if (!value.isEmpty()) {
        put(name, value);
    }
}

}  // namespace kefu
