#pragma once

#include "core/Error.h"

#include <QSqlError>
#include <QString>

namespace kefu {

// Turns a driver error into an Error with a user-facing message: constraint violations, a full disk, a busy or
// corrupt file each get their own code so callers and the UI can react.
class SqlError {
public:
    static Error from(const QSqlError& error, const QString& userMessage);
};

}  // namespace kefu
