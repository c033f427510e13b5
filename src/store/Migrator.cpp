#include "store/Migrator.h"

#include "store/SqlError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

constexpr int kVersionDigits = 4;

// QSqlQuery runs one statement at a time; a migration script is many, so it goes through sqlite3_exec on the
// connection's own handle (Qt's driver links the same system libsqlite3).
sqlite3* rawHandle(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

// On failure returns the driver's message with its extended result code.
QString execScript(sqlite3* handle, const QString& sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) {
        return {};
    }
    QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return text + u" [sqlite "_s + QString::number(sqlite3_extended_errcode(handle)) + u"]"_s;
}

// Whether the migrated schema left rows pointing at nothing (foreign keys are off while steps run).
QString foreignKeyViolation(sqlite3* handle) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA foreign_key_check", -1, &stmt, nullptr) != SQLITE_OK) {
        return QString::fromUtf8(sqlite3_errmsg(handle));
    }
    QString violation;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        violation = u"foreign key violation in table "_s +
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return violation;
}

int userVersion(sqlite3* handle) {
    sqlite3_stmt* stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        version = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return version;
}

Error migrationError(const QString& message, const QString& detail) {
    return Error{ErrorCode::Migration, message, detail};
}

}  // namespace

QList<Migrator::Step> Migrator::resourceSteps() {
    QList<Step> steps;
    const QFileInfoList files = QDir(u":/sql"_s).entryInfoList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        bool ok = false;
        const int version = info.fileName().left(kVersionDigits).toInt(&ok);
        QFile file(info.filePath());
        if (!ok || version <= 0 || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        steps.append(Step{version, info.completeBaseName(), QString::fromUtf8(file.readAll())});
    }
    return steps;
}

Migrator::Migrator() : Migrator(resourceSteps()) {}

Migrator::Migrator(QList<Step> steps) : m_steps(std::move(steps)) {
    std::sort(m_steps.begin(), m_steps.end(), [](const Step& a, const Step& b) { return a.version < b.version; });
}

int Migrator::latestVersion() const {
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Result<int> Migrator::checkVersion(const QSqlDatabase& db) const {
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return SqlError::from(query.lastError(), QCoreApplication::translate("kefu::Store", "无法读取数据库版本"));
    }
    const int version = query.value(0).toInt();
    if (version > latestVersion()) {
        return Error{
            ErrorCode::NewerSchema,
            QCoreApplication::translate("kefu::Store",
                                        "此数据库由更新版本的 KefuDesk 写入（数据结构版本 %1，本程序最高支持 %2）。"
                                        "为保护数据，没有打开也没有做任何改动，请升级 KefuDesk 后再打开。")
                .arg(version)
                .arg(latestVersion()),
            u"user_version %1 > latest %2"_s.arg(version).arg(latestVersion())};
    }
    return version;
}

Status Migrator::migrate(const QSqlDatabase& db, const QString& filePath) const {
    const Result<int> current = checkVersion(db);
    if (!current) {
        return current.error();
    }
    const int from = *current;
    if (from == latestVersion()) {
        return {};
    }
    QString backupPath;
    if (from >= 1 && !filePath.isEmpty()) {
        Result<QString> made = backup(db, filePath, from);
        if (!made) {
            return made.error();
        }
        backupPath = *made;
    }
    int reached = from;  // each step commits on its own, so a later failure leaves the earlier steps applied
    for (const Step& step : m_steps) {
        if (step.version <= from) {
            continue;
        }
        if (Status ran = runStep(db, step); !ran) {
            if (ran.error().code == ErrorCode::Busy) {
                return ran.error();  // another program holds the file; nothing was changed
            }
            // One whole sentence per case, so a translator places the backup's path within it.
            const QString version = QString::number(step.version);
            const QString now = QString::number(reached);
            const QString message =
                backupPath.isEmpty()
                    ? QCoreApplication::translate(
                          "kefu::Store", "数据库升级失败：第 %1 步（%2）出错，本步已全部撤销，数据文件现在是版本 %3。")
                          .arg(version, step.name, now)
                    : QCoreApplication::translate(
                          "kefu::Store",
                          "数据库升级失败：第 %1 步（%2）出错，本步已全部撤销，数据文件现在是版本 %3。"
                          "升级前的备份保存在：%4")
                          .arg(version, step.name, now, QDir::toNativeSeparators(backupPath));
            return migrationError(message, ran.error().detail);
        }
        reached = step.version;
    }
    return {};
}

Result<QString> Migrator::backup(const QSqlDatabase& db, const QString& filePath, int version) const {
    // Never overwrite an earlier backup: it may be the only good copy left after a failed upgrade.
    const QString base = filePath + u".v"_s + QString::number(version);
    QString target = base + u".bak"_s;
    for (int n = 2; QFile::exists(target); ++n) {
        target = base + u"-"_s + QString::number(n) + u".bak"_s;
    }
    QSqlQuery query(db);
    if (!query.prepare(u"VACUUM INTO ?"_s)) {
        return migrationError(QCoreApplication::translate("kefu::Store", "无法创建升级前的备份，数据库未做任何改动。"),
                              query.lastError().text());
    }
    query.addBindValue(target);
    if (!query.exec()) {
        const Error cause = SqlError::from(query.lastError(), {});
        return migrationError(
            QCoreApplication::translate("kefu::Store", "无法创建升级前的备份（%1），数据库未做任何改动。")
                .arg(cause.message),
            cause.detail);
    }
    return target;
}

Status Migrator::runStep(const QSqlDatabase& db, const Step& step) const {
    sqlite3* handle = rawHandle(db);
    if (!handle) {
        return Error{ErrorCode::Internal, QCoreApplication::translate("kefu::Store", "数据库驱动不是 SQLite"),
                     u"driver handle is not sqlite3*"_s};
    }
    if (QString failed = execScript(handle, u"BEGIN IMMEDIATE"_s); !failed.isEmpty()) {
        const int code = sqlite3_extended_errcode(handle) & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            return Error{ErrorCode::Busy,
                         QCoreApplication::translate(
                             "kefu::Store", "数据文件正被其他程序使用，暂时无法升级，请关闭其他客服工作台后重试。"),
                         failed};
        }
        return Error{ErrorCode::Migration, {}, failed};
    }
    // Another connection (a worker thread, a second instance) may have run this step while we waited for the lock.
    if (userVersion(handle) >= step.version) {
        execScript(handle, u"COMMIT"_s);
        return {};
    }
    QString failed = execScript(handle, step.sql);
    if (failed.isEmpty()) {
        // The header's application id marks the file as ours, so another program's SQLite file is never taken
        // for a KefuDesk store (Database::prepareFile).
        failed = execScript(handle, u"PRAGMA application_id = "_s + QString::number(kApplicationId) +
                                        u"; PRAGMA user_version = "_s + QString::number(step.version));
    }
    if (failed.isEmpty()) {
        failed = foreignKeyViolation(handle);
    }
    if (failed.isEmpty()) {
        failed = execScript(handle, u"COMMIT"_s);
    }
    if (!failed.isEmpty()) {
        if (sqlite3_get_autocommit(handle) == 0) {
            execScript(handle, u"ROLLBACK"_s);
        }
        return Error{ErrorCode::Migration, {}, step.name + u": "_s + failed};
    }
    return {};
}

}  // namespace kefu
