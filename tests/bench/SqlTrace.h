#pragma once

#include <QString>
#include <QStringList>

namespace kefu {

class Database;

// Records the SQL a Database's connection runs, with bound values inlined (sqlite3_expanded_sql), so the
// benchmarks can replay exactly the same statements through the sqlite3 command line.
class SqlTrace {
public:
    explicit SqlTrace(Database& db);
    ~SqlTrace();
    SqlTrace(const SqlTrace&) = delete;
    SqlTrace& operator=(const SqlTrace&) = delete;

    QStringList statements() const { return m_statements; }

private:
    static int onTrace(unsigned type, void* context, void* statement, void* expanded);
    void* m_handle = nullptr;
    QStringList m_statements;
};

}  // namespace kefu
