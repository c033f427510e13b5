#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kefu {

// Times statements through the sqlite3 command-line shell on the same file: the raw-SQLite yardstick for our
// repositories. The shell's own start-up (opening the file) is measured alone and subtracted.
class RawSqliteTimer {
public:
    explicit RawSqliteTimer(QString dbPath);
    // Mean milliseconds per operation, where one operation ran `statements`; they are replayed `repeat` times.
    std::optional<double> msPerOperation(const QStringList& statements, int operations, int repeat);
    // Milliseconds for the shell to start, open the file and run `statements` once (for "open the store").
    std::optional<double> msWholeProcess(const QStringList& statements);

private:
    std::optional<double> runShell(const QByteArray& script);
    QString m_dbPath;
};

}  // namespace kefu
