#pragma once

#include "core/Result.h"
#include "store/Migrator.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace kefu {

// What a checkpoint did, in WAL frames (pages).
struct WalCheckpoint {
    int logFrames = 0;     // frames in the WAL when it ran
    int checkpointed = 0;  // frames written back to the database file
};

// One open SQLite connection to the KefuDesk store: pragmas applied, schema migrated to the latest version.
// Qt's rule: a connection is used only by the thread that opened it, so each thread opens its own Database
// (with its own connection name) on the same file.
class Database {
public:
    // Opens (creating if absent) and migrates. Errors: Corrupt (not a database; the file is left untouched),
    // NewerSchema (written by a newer KefuDesk; refused), Migration (a step failed and was rolled back; a backup
    // copy sits beside the file), Io (cannot create or open the file).
    static Result<std::unique_ptr<Database>> open(const QString& path, const QString& connectionName);
    // An in-memory store, for tests that do not care about the file.
    static Result<std::unique_ptr<Database>> openInMemory(const QString& connectionName);
    // The same with a chosen list of migration steps (tests inject a broken step).
    static Result<std::unique_ptr<Database>> open(const QString& path, const QString& connectionName,
                                                  const Migrator& migrator);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A handle on this Database's connection; don't keep copies (or QSqlQuery objects) beyond its lifetime.
    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // Runs `work` inside one transaction: commits when it returns ok, rolls back otherwise.
    // Nested calls join the outer transaction (a SAVEPOINT), so repositories can be composed; a failed inner call
    // rolls back only its own part. The outer level is BEGIN IMMEDIATE, and a failed COMMIT's error (DiskFull,
    // Constraint for deferred keys, Busy) is returned after rolling back.
    Status transaction(const std::function<Status()>& work);

    // WAL checkpoints write the log back into the database file and wait for the disk (fsync). An ingest connection
    // turns automatic checkpoints off (pages = 0) so a burst of messages never waits for one, and a maintenance
    // worker calls checkpoint() on its own connection between bursts. SQLite's default is 1000 pages.
    Status setWalAutoCheckpoint(int pages);
    // A PASSIVE checkpoint: copies what no reader still needs, never blocks writers or readers.
    Result<WalCheckpoint> checkpoint();

private:
    Database(QString path, QString connectionName);
    Status prepareFile(const Migrator& migrator);
    Status exec(const QString& sql, const QString& userMessage);
    QString m_path;
    QString m_connectionName;
    bool inTransaction() const;
    int m_transactionDepth = 0;
    bool m_aborted = false;  // SQLite ended the transaction inside a nested call
};

}  // namespace kefu
