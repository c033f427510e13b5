#include "store/MessageInsertStatement.h"

#include "store/SqlError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

QString saveFailed() {
    return QCoreApplication::translate("kefu::Store", "无法保存消息");
}

constexpr char kInsertSql[] =
    "INSERT INTO message (conversation_id, direction, kind, body, channel, gateway_message_id, client_message_id, "
    "status, sent_at_ms, agent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

// Text is bound as UTF-16 straight from the QString; SQLITE_STATIC is safe because every QString bound here lives
// until the statement has run. An empty id binds NULL, so messages without one never collide on the unique index.
void bindText(sqlite3_stmt* statement, int index, const QString& text, bool emptyIsNull = false) {
    if (emptyIsNull && text.isEmpty()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    static const char16_t kEmpty[] = u"";
    const void* data = text.isNull() ? static_cast<const void*>(kEmpty) : static_cast<const void*>(text.utf16());
    sqlite3_bind_text16(statement, index, data, static_cast<int>(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

}  // namespace

MessageInsertStatement::MessageInsertStatement(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
    }
}

MessageInsertStatement::~MessageInsertStatement() {
    sqlite3_finalize(m_statement);
}

Error MessageInsertStatement::lastError(const QString& userMessage) const {
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(m_handle)));
    return SqlError::from(error, userMessage);
}

Result<std::optional<qint64>> MessageInsertStatement::insert(const Message& m, const QString& channel) {
    if (!m_handle) {
        return Error{ErrorCode::Internal, saveFailed(), u"database driver is not SQLite"_s};
    }
    if (!m_statement &&
        sqlite3_prepare_v3(m_handle, kInsertSql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        return lastError(saveFailed());
    }
    const QString direction = messageDirectionKey(m.direction);
    const QString kind = messageKindKey(m.kind);
    const QString status = messageStatusKey(m.status);
    sqlite3_bind_int64(m_statement, 1, m.conversationId);
    bindText(m_statement, 2, direction);
    bindText(m_statement, 3, kind);
    bindText(m_statement, 4, m.body);
    bindText(m_statement, 5, channel);
    bindText(m_statement, 6, m.gatewayMessageId, true);
    bindText(m_statement, 7, m.clientMessageId, true);
    bindText(m_statement, 8, status);
    sqlite3_bind_int64(m_statement, 9, m.sentAtMs);
    if (m.agentId) {
        sqlite3_bind_int64(m_statement, 10, *m.agentId);
    } else {
        sqlite3_bind_null(m_statement, 10);
    }
    const int rc = sqlite3_step(m_statement);
    std::optional<Error> failed;
    if (rc != SQLITE_DONE) {
        failed = lastError(saveFailed());
    }
    const bool inserted = rc == SQLITE_DONE && sqlite3_changes(m_handle) > 0;
    const qint64 id = sqlite3_last_insert_rowid(m_handle);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (failed) {
        return *failed;
    }
    return inserted ? std::optional<qint64>(id) : std::nullopt;
}

}  // namespace kefu
