#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace kefu {

// The reverse of an enum's key/name function: the value whose stored form is `key`, if any.
template <typename Enum>
std::optional<Enum> enumFromKey(const QList<Enum>& all, QString (*keyOf)(Enum), QStringView key) {
    for (const Enum value : all) {
        if (keyOf(value) == key) {
            return value;
        }
    }
    return std::nullopt;
}

}  // namespace kefu
