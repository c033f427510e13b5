#include "bench/SqlTrace.h"

#include "store/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace kefu {

SqlTrace::SqlTrace(Database& db) {
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<sqlite3* const*>(handle.data());
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), SQLITE_TRACE_STMT, &SqlTrace::onTrace, this);
    }
}

SqlTrace::~SqlTrace() {
    if (m_handle) {
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), 0, nullptr, nullptr);
    }
}

int SqlTrace::onTrace(unsigned type, void* context, void* statement, void* text) {
    // Trigger sub-programs are reported with a "--" comment as their text; the statement that fired them is enough.
    if (type != SQLITE_TRACE_STMT || qstrncmp(static_cast<const char*>(text), "--", 2) == 0) {
        return 0;
    }
    char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (sql) {
        static_cast<SqlTrace*>(context)->m_statements << QString::fromUtf8(sql);
        sqlite3_free(sql);
    }
    return 0;
}

}  // namespace kefu
