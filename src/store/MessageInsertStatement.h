#pragma once

#include "core/Message.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace kefu {

// The message INSERT of the ingest path, prepared once on the raw SQLite handle: binding ten values through
// QVariant and Qt's driver cost about a fifth of an append. Lives no longer than its Database's connection.
class MessageInsertStatement {
public:
    explicit MessageInsertStatement(const QSqlDatabase& db);
    ~MessageInsertStatement();
    MessageInsertStatement(const MessageInsertStatement&) = delete;
    MessageInsertStatement& operator=(const MessageInsertStatement&) = delete;

    // The new message id, or nullopt when the message is already stored (same channel + gateway id, or client id).
    Result<std::optional<qint64>> insert(const Message& message, const QString& channel);

private:
    Error lastError(const QString& userMessage) const;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

}  // namespace kefu
