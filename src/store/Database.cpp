#include "store/Database.h"

#include "store/Migrator.h"
#include "store/SqlError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

QString setupFailed() {
    return QCoreApplication::translate("kefu::Store", "无法设置数据库");
}

QString saveFailed() {
    return QCoreApplication::translate("kefu::Store", "保存失败");
}

const QString kMemoryPath = u":memory:"_s;
constexpr int kBusyTimeoutMs = 5000;
constexpr int kBusyRetryMs = 10;

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

Error notADatabase(const QString& path, const QString& detail) {
    return Error{ErrorCode::Corrupt,
                 QCoreApplication::translate(
                     "kefu::Store", "“%1”不是 KefuDesk 的数据库文件，或者已经损坏。为保护数据，没有对它做任何改动。")
                     .arg(nativePath(path)),
                 detail};
}

Error unreadableFile(const QString& path, const QString& detail) {
    return Error{
        ErrorCode::Io,
        QCoreApplication::translate("kefu::Store", "无法读取数据文件“%1”，请检查路径和权限。").arg(nativePath(path)),
        detail};
}

Error abortedBySqlite() {
    return Error{ErrorCode::Internal,
                 QCoreApplication::translate("kefu::Store", "保存失败：数据库中途撤销了本次操作，没有保存任何内容。"),
                 u"transaction ended by SQLite before commit"_s};
}

// Checks the file without writing a byte: a foreign or damaged file must survive our attempt to open it.
// The check goes through SQLite, never QFile: closing any other descriptor on a database file drops every POSIX
// lock this process holds on it, and another process could then checkpoint and delete the WAL under our live
// connections (https://www.sqlite.org/howtocorrupt.html, 2.2). SQLite's own descriptors are shared safely.
Status checkFile(const QString& path) {
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QDir(folder).exists() && !QDir().mkpath(folder)) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("kefu::Store", "无法创建数据文件夹“%1”，请检查路径和权限。")
                         .arg(QDir::toNativeSeparators(folder)),
                     u"mkpath failed: "_s + folder};
    }
    if (!info.exists() || (info.isFile() && info.size() == 0)) {
        return {};  // a new store
    }
    if (!info.isFile() || !info.isReadable()) {
        return unreadableFile(path, u"not a readable file"_s);
    }
    sqlite3* handle = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        // Reading the schema makes SQLite look at the header and the first page: NOTADB or CORRUPT if foreign.
        rc = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_close_v2(handle);
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) {
        return notADatabase(path, detail);
    }
    if (rc != SQLITE_OK && primary != SQLITE_BUSY && primary != SQLITE_LOCKED) {
        return unreadableFile(path, detail);
    }
    return {};
}

// Switching to WAL needs an exclusive lock, and SQLite returns BUSY at once (without the busy handler) when another
// connection is opening the same new file, e.g. a worker thread at start-up. So wait for it here.
Status enableWal(const QSqlDatabase& db) {
    QDeadlineTimer deadline(kBusyTimeoutMs);
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(u"PRAGMA journal_mode = WAL"_s)) {
            return {};
        }
        Error error = SqlError::from(query.lastError(), setupFailed());
        if (error.code != ErrorCode::Busy || deadline.hasExpired()) {
            return error;
        }
        query.finish();
        QThread::msleep(kBusyRetryMs);
    }
}

}  // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QString& connectionName) {
    return open(path, connectionName, Migrator());
}

Result<std::unique_ptr<Database>> Database::openInMemory(const QString& connectionName) {
    return open(kMemoryPath, connectionName, Migrator());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QString& connectionName,
                                                 const Migrator& migrator) {
    if (QSqlDatabase::contains(connectionName)) {
        return Error{ErrorCode::Internal, QCoreApplication::translate("kefu::Store", "数据库连接名重复"),
                     u"connection already exists: "_s + connectionName};
    }
    if (path != kMemoryPath) {
        if (Status checked = checkFile(path); !checked) {
            return checked.error();
        }
    }
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    // From here on the Database owns the connection name, so every early return removes it again.
    std::unique_ptr<Database> db(new Database(path, connectionName));
    connection.setDatabaseName(path);
    const bool opened = connection.open();
    const QSqlError openError = connection.lastError();
    connection = QSqlDatabase();
    if (!opened) {
        Error error = SqlError::from(
            openError, QCoreApplication::translate("kefu::Store", "无法打开数据文件“%1”").arg(nativePath(path)));
        if (error.code != ErrorCode::Corrupt) {
            error.code = ErrorCode::Io;
        }
        return error;
    }
    if (Status prepared = db->prepareFile(migrator); !prepared) {
        return prepared.error();
    }
    return db;
}

// Reads before it writes: a foreign file or a newer schema is refused while the file is still untouched.
Status Database::prepareFile(const Migrator& migrator) {
    const bool inMemory = m_path == kMemoryPath;
    if (Status busy = exec(u"PRAGMA busy_timeout = "_s + QString::number(kBusyTimeoutMs), setupFailed()); !busy) {
        return busy;
    }
    int schemaObjects = 0;
    int applicationId = 0;
    {
        QSqlQuery probe(connection());
        if (!probe.exec(u"SELECT count(*), (SELECT application_id FROM pragma_application_id) FROM sqlite_schema"_s) ||
            !probe.next()) {
            const Error error =
                SqlError::from(probe.lastError(), QCoreApplication::translate("kefu::Store", "无法读取数据文件"));
            if (error.code == ErrorCode::Corrupt) {
                return notADatabase(m_path, error.detail);
            }
            return error;
        }
        schemaObjects = probe.value(0).toInt();
        applicationId = probe.value(1).toInt();
    }
    Result<int> version = migrator.checkVersion(connection());
    if (!version) {
        return version.error();
    }
    // Another program's SQLite file: tables but no schema version of ours, or another program's application id.
    // Refused before anything (WAL, migrations, the demo shop) is written to it.
    const bool foreignTables = *version == 0 && schemaObjects > 0;
    const bool foreignId = applicationId != 0 && applicationId != Migrator::kApplicationId;
    if (foreignTables || foreignId) {
        return notADatabase(
            m_path, u"SQLite file of another program (user_version %1, application_id %2, %3 objects)"_s.arg(*version)
                        .arg(applicationId)
                        .arg(schemaObjects));
    }
    if (!inMemory) {
        if (Status wal = enableWal(connection()); !wal) {
            return wal;
        }
    }
    if (Status sync = exec(u"PRAGMA synchronous = NORMAL"_s, setupFailed()); !sync) {
        return sync;
    }
    // Foreign keys stay off while steps run (table rebuilds need that); each step checks them before committing.
    if (Status migrated = migrator.migrate(connection(), inMemory ? QString() : m_path); !migrated) {
        return migrated;
    }
    return exec(u"PRAGMA foreign_keys = ON"_s, setupFailed());
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

Status Database::exec(const QString& sql, const QString& userMessage) {
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        return SqlError::from(query.lastError(), userMessage);
    }
    return {};
}

Status Database::setWalAutoCheckpoint(int pages) {
    return exec(u"PRAGMA wal_autocheckpoint = "_s + QString::number(qMax(0, pages)), setupFailed());
}

Result<WalCheckpoint> Database::checkpoint() {
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || !query.next()) {
        return SqlError::from(query.lastError(), QCoreApplication::translate("kefu::Store", "无法整理数据库日志"));
    }
    return WalCheckpoint{query.value(1).toInt(), query.value(2).toInt()};
}

// SQLite ends the whole transaction by itself on some errors (a full disk, an I/O error, out of memory); from then
// on every statement runs in autocommit mode. Asked of the driver's handle, which Qt keeps no view of.
bool Database::inTransaction() const {
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return m_transactionDepth > 0;
    }
    return sqlite3_get_autocommit(*static_cast<sqlite3* const*>(handle.constData())) == 0;
}

Status Database::transaction(const std::function<Status()>& work) {
    const int depth = m_transactionDepth;
    const QString savepoint = u"kefu_sp_"_s + QString::number(depth);
    if (Status begun = exec(depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + savepoint,
                            QCoreApplication::translate("kefu::Store", "无法开始保存"));
        !begun) {
        return begun;
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (!inTransaction()) {
        // SQLite already rolled everything back: no savepoint is left and nothing may be committed. Inside a
        // nested call, open a fresh transaction so whatever the enclosing code still writes is rolled back with
        // it at the outer level, instead of being saved statement by statement in autocommit mode.
        if (depth > 0) {
            m_aborted = true;
            (void)exec(u"BEGIN IMMEDIATE"_s, {});
        }
        return result ? Status{abortedBySqlite()} : result;
    }
    if (depth > 0 && m_aborted) {
        return result ? Status{abortedBySqlite()} : result;
    }
    if (depth > 0) {
        if (!result) {
            // ROLLBACK TO keeps the savepoint open; RELEASE pops it so the outer transaction carries on.
            (void)exec(u"ROLLBACK TO "_s + savepoint, {});
        }
        Status released = exec(u"RELEASE "_s + savepoint, saveFailed());
        return result ? released : result;
    }
    if (!result || m_aborted) {
        // m_aborted: an inner level lost the transaction and the caller carried on in autocommit; refuse to commit.
        m_aborted = false;
        (void)exec(u"ROLLBACK"_s, {});
        return result ? Status{Error{ErrorCode::Internal,
                                     QCoreApplication::translate("kefu::Store", "保存失败：本次操作未能完整保存。"),
                                     u"an inner transaction was ended by SQLite"_s}}
                      : result;
    }
    Status done = exec(u"COMMIT"_s, saveFailed());
    if (!done && inTransaction()) {
        (void)exec(u"ROLLBACK"_s, {});
    }
    return done;
}

}  // namespace kefu
