#include "channel/FrameFieldReader.h"

#include "channel/FrameLimits.h"
#include "core/TaobaoId.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

std::optional<QString> lengthProblem(const QString& value, int maxLength) {
    if (value.isEmpty()) {
        return u"must not be empty"_s;
    }
    if (value.size() > maxLength) {
        return u"must be at most %1 characters"_s.arg(maxLength);
    }
    return std::nullopt;
}

bool isGatewayIdChar(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' ||
           c == u':' || c == u'-';
}

std::optional<QString> gatewayIdProblem(const QString& value) {
    if (std::optional<QString> problem = lengthProblem(value, FrameLimits::kMaxIdLength)) {
        return problem;
    }
    if (!std::all_of(value.cbegin(), value.cend(), isGatewayIdChar)) {
        return u"must contain only A-Z a-z 0-9 . _ : -"_s;
    }
    return std::nullopt;
}

bool isControl(QChar c) {
    return c.unicode() < 0x20 || c.unicode() == 0x7F;
}

// Nicks and image references are single-line names: no control characters.
std::optional<QString> singleLineProblem(const QString& value, int maxLength) {
    if (std::optional<QString> problem = lengthProblem(value, maxLength)) {
        return problem;
    }
    if (std::any_of(value.cbegin(), value.cend(), isControl)) {
        return u"must not contain control characters"_s;
    }
    return std::nullopt;
}

std::optional<QString> taobaoIdProblem(const QString& value) {
    if (!TaobaoId::isValid(value)) {
        return u"must be a Taobao id (1-19 digits, no leading zero)"_s;
    }
    return std::nullopt;
}

std::optional<QString> bodyProblem(const QString& body, MessageKind kind) {
    switch (kind) {
        case MessageKind::Text:
        case MessageKind::SystemNotice:
            return lengthProblem(body, FrameLimits::kMaxTextLength);
        case MessageKind::Image:
            return singleLineProblem(body, FrameLimits::kMaxImageRefLength);
        case MessageKind::ProductCard:
        case MessageKind::OrderCard:
            return taobaoIdProblem(body);
    }
    return std::nullopt;
}

bool isPlainAmount(const QString& text) {
    const qsizetype dot = text.indexOf(u'.');
    const bool digitsAndOneDot =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || c == u'.'; });
    return digitsAndOneDot && !text.isEmpty() && dot != 0 && text.count(u'.') <= 1;
}

}  // namespace

FrameFieldReader::FrameFieldReader(const nlohmann::json& object, std::string_view type)
    : m_object(object), m_type(QString::fromUtf8(type.data(), qsizetype(type.size()))) {}

void FrameFieldReader::integer(const char* name, qint64& out, qint64 min, qint64 max) {
    const nlohmann::json* value = field(name, true);
    if (!value) {
        return;
    }
    if (!value->is_number_integer()) {
        fail(FrameProblem::WrongType, name, u"must be an integer"_s);
        return;
    }
    const bool tooBig =
        value->is_number_unsigned() && value->get<std::uint64_t>() > std::uint64_t(std::numeric_limits<qint64>::max());
    const qint64 number = tooBig ? std::numeric_limits<qint64>::max() : value->get<std::int64_t>();
    if (tooBig || number < min || number > max) {
        fail(FrameProblem::InvalidValue, name, u"must be between %1 and %2"_s.arg(min).arg(max));
        return;
    }
    out = number;
}

void FrameFieldReader::seq(const char* name, qint64& out) {
    integer(name, out, 1, FrameLimits::kMaxSeq);
}

void FrameFieldReader::timeMs(const char* name, qint64& out) {
    integer(name, out, 0, FrameLimits::kMaxTimeMs);
}

void FrameFieldReader::boolean(const char* name, bool& out) {
    const nlohmann::json* value = field(name, true);
    if (!value) {
        return;
    }
    if (!value->is_boolean()) {
        fail(FrameProblem::WrongType, name, u"must be a boolean"_s);
        return;
    }
    out = value->get<bool>();
}

void FrameFieldReader::gatewayId(const char* name, QString& out) {
    if (std::optional<QString> value = string(name, true)) {
        checkValue(name, gatewayIdProblem(*value));
        out = *value;
    }
}

void FrameFieldReader::optionalGatewayId(const char* name, QString& out) {
    if (std::optional<QString> value = string(name, false)) {
        checkValue(name, gatewayIdProblem(*value));
        out = *value;
    }
}

void FrameFieldReader::taobaoId(const char* name, QString& out) {
    if (std::optional<QString> value = string(name, true)) {
        checkValue(name, taobaoIdProblem(*value));
        out = *value;
    }
}

void FrameFieldReader::nick(const char* name, QString& out) {
    if (std::optional<QString> value = string(name, true)) {
        checkValue(name, singleLineProblem(*value, FrameLimits::kMaxNickLength));
        out = *value;
    }
}

void FrameFieldReader::optionalNick(const char* name, QString& out) {
    if (std::optional<QString> value = string(name, false)) {
        checkValue(name, singleLineProblem(*value, FrameLimits::kMaxNickLength));
        out = *value;
    }
}

void FrameFieldReader::text(const char* name, QString& out, int maxLength) {
    if (std::optional<QString> value = string(name, true)) {
        checkValue(name, lengthProblem(*value, maxLength));
        out = *value;
    }
}

void FrameFieldReader::optionalText(const char* name, QString& out, int maxLength) {
    if (std::optional<QString> value = string(name, false)) {
        checkValue(name, lengthProblem(*value, maxLength));
        out = *value;
    }
}

void FrameFieldReader::token(const char* name, QString& out) {
    if (std::optional<QString> value = string(name, true)) {
        checkValue(name, lengthProblem(*value, FrameLimits::kMaxTokenLength));
        const bool printable = std::all_of(value->cbegin(), value->cend(),
                                           [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
        checkValue(name, printable ? std::nullopt : std::optional(u"must be printable ASCII without spaces"_s));
        out = *value;
    }
}

void FrameFieldReader::money(const char* name, Money& out) {
    const std::optional<QString> value = string(name, true);
    if (!value) {
        return;
    }
    const std::optional<Money> amount = isPlainAmount(*value) ? Money::parse(*value) : std::nullopt;
    if (!amount) {
        fail(FrameProblem::InvalidValue, name, u"must be an amount in yuan such as \"12.30\""_s);
        return;
    }
    out = *amount;
}

void FrameFieldReader::body(const char* name, QString& out, MessageKind kind) {
    if (std::optional<QString> value = string(name, true)) {
        checkValue(name, bodyProblem(*value, kind));
        out = *value;
    }
}

void FrameFieldReader::require(bool ok, const char* name, const char* what) {
    if (!ok) {
        fail(FrameProblem::InvalidValue, name, QString::fromUtf8(what));
    }
}

const nlohmann::json* FrameFieldReader::field(const char* name, bool required) {
    if (m_error) {
        return nullptr;
    }
    const auto it = m_object.find(name);
    // An optional field sent as null is treated as absent (JavaScript gateways write `undefined` fields so).
    if (it == m_object.end() || (!required && it->is_null())) {
        if (required) {
            fail(FrameProblem::MissingField, name, u"is missing"_s);
        }
        return nullptr;
    }
    return &*it;
}

std::optional<QString> FrameFieldReader::string(const char* name, bool required) {
    const nlohmann::json* value = field(name, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->is_string()) {
        fail(FrameProblem::WrongType, name, u"must be a string"_s);
        return std::nullopt;
    }
    return QString::fromStdString(value->get_ref<const std::string&>());
}

void FrameFieldReader::fail(FrameProblem problem, const char* name, const QString& what) {
    if (m_error) {
        return;
    }
    const QString field = QString::fromUtf8(name);
    m_error = frameError(problem, m_type + u": field '"_s + field + u"' "_s + what, field);
}

void FrameFieldReader::checkValue(const char* name, const std::optional<QString>& problem) {
    if (problem) {
        fail(FrameProblem::InvalidValue, name, *problem);
    }
}

}  // namespace kefu
