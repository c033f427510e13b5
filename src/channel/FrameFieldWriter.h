#pragma once

// Writes a frame's fields into a JSON object: the same interface as FrameFieldReader, so one description of each
// frame (FrameFields.h) serves both directions and encode and decode cannot drift apart. Optional fields are left
// out when empty. Internal to kefu_channel.
#include "core/Message.h"
#include "core/Money.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace kefu {

class FrameFieldWriter {
public:
    explicit FrameFieldWriter(std::string_view type);

    void integer(const char* name, const qint64& value, qint64 min, qint64 max);
    void seq(const char* name, const qint64& value);
    void timeMs(const char* name, const qint64& value);
    void boolean(const char* name, const bool& value);
    void gatewayId(const char* name, const QString& value);
    void optionalGatewayId(const char* name, const QString& value);
    void taobaoId(const char* name, const QString& value);
    void nick(const char* name, const QString& value);
    void optionalNick(const char* name, const QString& value);
    void text(const char* name, const QString& value, int maxLength);
    void optionalText(const char* name, const QString& value, int maxLength);
    void token(const char* name, const QString& value);
    void money(const char* name, const Money& value);
    void body(const char* name, const QString& value, MessageKind kind);
    template <typename Enum>
    void enumKey(const char* name, const Enum& value, std::optional<Enum> (*fromKey)(QStringView),
                 QString (*keyOf)(Enum)) {
        Q_UNUSED(fromKey);
        put(name, keyOf(value));
    }
    void require(bool, const char*, const char*) {}

    QByteArray toJson() const;

private:
    void put(const char* name, const QString& value);
    void putOptional(const char* name, const QString& value);

    nlohmann::ordered_json m_object;  // ordered: "v" and "type" lead, as in docs/protocol.md
};

}  // namespace kefu
