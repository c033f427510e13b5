#pragma once

// Reads a frame's fields out of a parsed JSON object, checking each against protocol v1's rules. The first problem
// is kept and every later read is skipped, so a frame is refused for the first bad field in declaration order.
// Internal to kefu_channel (nlohmann/json is a private dependency).
#include "channel/FrameProblem.h"
#include "core/Error.h"
#include "core/Message.h"
#include "core/Money.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace kefu {

class FrameFieldReader {
public:
    FrameFieldReader(const nlohmann::json& object, std::string_view type);

    void integer(const char* name, qint64& out, qint64 min, qint64 max);
    void seq(const char* name, qint64& out);     // 1 … FrameLimits::kMaxSeq
    void timeMs(const char* name, qint64& out);  // 0 … FrameLimits::kMaxTimeMs
    void boolean(const char* name, bool& out);
    void gatewayId(const char* name, QString& out);
    void optionalGatewayId(const char* name, QString& out);
    void taobaoId(const char* name, QString& out);
    void nick(const char* name, QString& out);
    void optionalNick(const char* name, QString& out);
    void text(const char* name, QString& out, int maxLength);
    void optionalText(const char* name, QString& out, int maxLength);
    void token(const char* name, QString& out);
    void money(const char* name, Money& out);
    void body(const char* name, QString& out, MessageKind kind);
    template <typename Enum>
    void enumKey(const char* name, Enum& out, std::optional<Enum> (*fromKey)(QStringView), QString (*keyOf)(Enum));
    // A rule across fields (a status that needs a reason …), reported as an invalid value of `name`.
    void require(bool ok, const char* name, const char* what);

    const std::optional<Error>& error() const { return m_error; }

private:
    const nlohmann::json* field(const char* name, bool required);  // nullptr when absent, null or already failed
    std::optional<QString> string(const char* name, bool required);
    void fail(FrameProblem problem, const char* name, const QString& what);
    void checkValue(const char* name, const std::optional<QString>& problem);

    const nlohmann::json& m_object;
    QString m_type;
    std::optional<Error> m_error;
};

template <typename Enum>
void FrameFieldReader::enumKey(const char* name, Enum& out, std::optional<Enum> (*fromKey)(QStringView),
                               QString (*keyOf)(Enum)) {
    Q_UNUSED(keyOf);
    const std::optional<QString> key = string(name, true);
    if (!key) {
        return;
    }
    if (const std::optional<Enum> value = fromKey(*key)) {
        out = *value;
        return;
    }
    fail(FrameProblem::UnknownValue, name, QStringLiteral("has unknown value '") + key->left(64) + QLatin1Char('\''));
}

}  // namespace kefu
