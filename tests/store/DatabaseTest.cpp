#include "support/TempStore.h"

#include "store/Database.h"
#include "store/SqlError.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

Status insertAgent(Database& db, const QString& nick) {
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO agent (nick, display_name, role) VALUES (?, ?, 'presale')"_s);
    query.addBindValue(nick);
    query.addBindValue(nick);
    if (!query.exec()) {
        return SqlError::from(query.lastError(), u"保存客服失败"_s);
    }
    return {};
}

int agentCount(Database& db) {
    QSqlQuery query(db.connection());
    query.exec(u"SELECT count(*) FROM agent"_s);
    return query.next() ? query.value(0).toInt() : -1;
}

QString pragmaText(Database& db, const QString& pragma) {
    QSqlQuery query(db.connection());
    query.exec(u"PRAGMA "_s + pragma);
    return query.next() ? query.value(0).toString() : QString();
}

TEST(DatabaseTest, OpensNewFileWithPragmasAndLatestSchema) {
    test::TempStore store;
    EXPECT_TRUE(QFile::exists(store.path()));
    EXPECT_EQ(store.db().schemaVersion(), Migrator().latestVersion());
    EXPECT_GE(store.db().schemaVersion(), 1);
    EXPECT_EQ(pragmaText(store.db(), u"journal_mode"_s), u"wal"_s);
    EXPECT_EQ(pragmaText(store.db(), u"foreign_keys"_s), u"1"_s);
    EXPECT_EQ(pragmaText(store.db(), u"busy_timeout"_s), u"5000"_s);
    EXPECT_EQ(pragmaText(store.db(), u"synchronous"_s), u"1"_s);  // NORMAL
}

// Ingest runs with automatic checkpoints off; the WAL then keeps every frame until a maintenance checkpoint,
// which must write them back without losing a row.
TEST(DatabaseTest, IngestWithoutAutoCheckpointKeepsFramesUntilCheckpoint) {
    test::TempStore store;
    ASSERT_TRUE(store.db().setWalAutoCheckpoint(0).ok());
    EXPECT_EQ(pragmaText(store.db(), u"wal_autocheckpoint"_s), u"0"_s);
    for (int i = 0; i < 50; ++i) {
        ASSERT_TRUE(store.db().transaction([&] { return insertAgent(store.db(), u"店:客服%1"_s.arg(i)); }).ok());
    }
    auto reader = Database::open(store.path(), u"checkpoint-reader"_s);
    ASSERT_TRUE(reader.ok());
    const auto done = (*reader)->checkpoint();
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_GE(done->logFrames, 50);  // nothing was checkpointed during the inserts
    EXPECT_EQ(done->checkpointed, done->logFrames);
    EXPECT_EQ(agentCount(**reader), 50);
}

TEST(DatabaseTest, TransactionCommitsOnSuccess) {
    test::TempStore store;
    const Status status = store.db().transaction([&] { return insertAgent(store.db(), u"店:小美"_s); });
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(agentCount(store.db()), 1);
}

TEST(DatabaseTest, TransactionRollsBackOnFailedStatus) {
    test::TempStore store;
    const Status status = store.db().transaction([&]() -> Status {
        if (Status inserted = insertAgent(store.db(), u"店:小美"_s); !inserted) {
            return inserted;
        }
        return Error{ErrorCode::InvalidInput, u"不行"_s, {}};
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(agentCount(store.db()), 0);
}

TEST(DatabaseTest, NestedTransactionRollsBackInnerPartOnly) {
    test::TempStore store;
    Database& db = store.db();
    const Status outer = db.transaction([&]() -> Status {
        if (Status a = insertAgent(db, u"店:一"_s); !a) {
            return a;
        }
        const Status inner = db.transaction([&]() -> Status {
            if (Status b = insertAgent(db, u"店:二"_s); !b) {
                return b;
            }
            return insertAgent(db, u"店:一"_s);  // duplicate nick: the inner part fails
        });
        EXPECT_FALSE(inner.ok());
        EXPECT_EQ(inner.error().code, ErrorCode::Constraint);
        return insertAgent(db, u"店:三"_s);
    });
    ASSERT_TRUE(outer.ok()) << outer.error().detail.toStdString();
    QSqlQuery query(db.connection());
    query.exec(u"SELECT nick FROM agent ORDER BY nick"_s);
    QStringList nicks;
    while (query.next()) {
        nicks << query.value(0).toString();
    }
    EXPECT_EQ(nicks, (QStringList{u"店:一"_s, u"店:三"_s}));
}

TEST(DatabaseTest, ConstraintViolationsComeBackAsConstraintErrors) {
    test::TempStore store;
    ASSERT_TRUE(insertAgent(store.db(), u"店:小美"_s).ok());
    const Status duplicate = insertAgent(store.db(), u"店:小美"_s);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Constraint);
    EXPECT_TRUE(duplicate.error().message.contains(u"重复"_s)) << duplicate.error().message.toStdString();

    QSqlQuery query(store.db().connection());
    query.prepare(u"INSERT INTO customer_tag (customer_id, position, name, color_hex) VALUES (?, 0, 'x', '#000000')"_s);
    query.addBindValue(4242);
    ASSERT_FALSE(query.exec());
    const Error missing = SqlError::from(query.lastError(), u"保存标签失败"_s);
    EXPECT_EQ(missing.code, ErrorCode::Constraint);
    EXPECT_TRUE(missing.message.contains(u"关联数据不存在"_s)) << missing.message.toStdString();
    EXPECT_TRUE(missing.message.startsWith(u"保存标签失败"_s));
}

TEST(DatabaseTest, FailedCommitIsReturnedAndRolledBack) {
    test::TempStore store;
    Database& db = store.db();
    const Status status = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        // Deferred foreign keys are checked only at COMMIT, which is the failure we want.
        query.exec(u"PRAGMA defer_foreign_keys = ON"_s);
        query.prepare(u"INSERT INTO customer_tag (customer_id, position, name, color_hex) VALUES (?, 0, 'x', '#0')"_s);
        query.addBindValue(4242);
        if (!query.exec()) {
            return SqlError::from(query.lastError(), u"保存失败"_s);
        }
        return insertAgent(db, u"店:小美"_s);
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Constraint);
    EXPECT_EQ(agentCount(db), 0);
    // The connection is usable again: the failed transaction did not stay open.
    EXPECT_TRUE(db.transaction([&] { return insertAgent(db, u"店:阿强"_s); }).ok());
    EXPECT_EQ(agentCount(db), 1);
}

TEST(DatabaseTest, FullDatabaseIsDiskFull) {
    test::TempStore store;
    Database& db = store.db();
    {
        QSqlQuery query(db.connection());
        ASSERT_TRUE(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        ASSERT_TRUE(query.exec(u"PRAGMA max_page_count = "_s + QString::number(pages + 2)));
    }
    const Status status = db.transaction([&]() -> Status {
        for (int i = 0; i < 200; ++i) {
            if (Status s = insertAgent(db, u"店:"_s + QString(u'客').repeated(500) + QString::number(i)); !s) {
                return s;
            }
        }
        return {};
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::DiskFull);
    EXPECT_TRUE(status.error().message.contains(u"磁盘空间不足，数据未保存"_s)) << status.error().message.toStdString();
    EXPECT_EQ(agentCount(db), 0);
}

TEST(DatabaseTest, SqlErrorMapsSqliteCodes) {
    const auto codeOf = [](const QString& native, const QString& text = {}) {
        return SqlError::from(QSqlError(u"driver"_s, text, QSqlError::StatementError, native), u"保存失败"_s);
    };
    EXPECT_EQ(codeOf(u"2067"_s).code, ErrorCode::Constraint);
    EXPECT_TRUE(codeOf(u"2067"_s).message.contains(u"重复"_s));
    EXPECT_TRUE(codeOf(u"1555"_s).message.contains(u"重复"_s));
    EXPECT_TRUE(codeOf(u"787"_s).message.contains(u"关联数据不存在"_s));
    EXPECT_TRUE(codeOf(u"19"_s, u"UNIQUE constraint failed: agent.nick"_s).message.contains(u"重复"_s));
    EXPECT_TRUE(codeOf(u"19"_s, u"FOREIGN KEY constraint failed"_s).message.contains(u"关联数据不存在"_s));
    EXPECT_EQ(codeOf(u"275"_s).code, ErrorCode::Constraint);
    EXPECT_EQ(codeOf(u"1299"_s).code, ErrorCode::Constraint);
    EXPECT_EQ(codeOf(u"13"_s).code, ErrorCode::DiskFull);
    EXPECT_EQ(codeOf(u"5"_s).code, ErrorCode::Busy);
    EXPECT_EQ(codeOf(u"6"_s).code, ErrorCode::Busy);
    EXPECT_EQ(codeOf(u"517"_s).code, ErrorCode::Busy);  // SQLITE_BUSY_SNAPSHOT
    EXPECT_EQ(codeOf(u"11"_s).code, ErrorCode::Corrupt);
    EXPECT_EQ(codeOf(u"26"_s).code, ErrorCode::Corrupt);
    EXPECT_EQ(codeOf(u"8"_s).code, ErrorCode::Io);
    EXPECT_EQ(codeOf(u"10"_s).code, ErrorCode::Io);
    EXPECT_EQ(codeOf(u"266"_s).code, ErrorCode::Io);  // SQLITE_IOERR_READ
    EXPECT_EQ(codeOf(u"14"_s).code, ErrorCode::Io);
    EXPECT_EQ(codeOf(u"1"_s).code, ErrorCode::Internal);
    EXPECT_EQ(codeOf(QString()).code, ErrorCode::Internal);
    const Error error = codeOf(u"2067"_s, u"UNIQUE constraint failed: agent.nick"_s);
    EXPECT_TRUE(error.detail.contains(u"agent.nick"_s));
    EXPECT_TRUE(error.detail.contains(u"2067"_s));
    EXPECT_TRUE(error.message.startsWith(u"保存失败"_s));
}

TEST(DatabaseTest, SeveralConnectionsShareOneFile) {
    test::TempStore store;
    ASSERT_TRUE(insertAgent(store.db(), u"店:小美"_s).ok());
    auto second = Database::open(store.path(), u"database-test-second"_s);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(agentCount(**second), 1);
    EXPECT_EQ((*second)->schemaVersion(), store.db().schemaVersion());
}

// SQLite ends the whole transaction by itself on a full disk or an I/O error. Simulated here by a ROLLBACK inside a
// nested call: whatever the enclosing code writes afterwards must not be saved in autocommit mode, and the outer
// call must report the failure.
TEST(DatabaseTest, TransactionEndedBySqliteInsideNestedCallSavesNothing) {
    test::TempStore store;
    const Status outer = store.db().transaction([&]() -> Status {
        EXPECT_TRUE(insertAgent(store.db(), u"店:甲"_s).ok());
        const Status inner = store.db().transaction([&]() -> Status {
            QSqlQuery(store.db().connection()).exec(u"ROLLBACK"_s);
            return {};
        });
        EXPECT_FALSE(inner.ok());
        // A careless caller carries on after the failed inner call.
        EXPECT_TRUE(insertAgent(store.db(), u"店:乙"_s).ok());
        return {};
    });
    ASSERT_FALSE(outer.ok());
    EXPECT_EQ(agentCount(store.db()), 0);
    // The connection is usable again afterwards.
    ASSERT_TRUE(store.db().transaction([&] { return insertAgent(store.db(), u"店:丙"_s); }).ok());
    EXPECT_EQ(agentCount(store.db()), 1);
}

// Opening a second connection in this process must not drop the locks the first one holds: if it did (as a
// QFile read of the header once did, since closing any descriptor releases the process's POSIX locks), another
// process closing the file would think it was the last user, checkpoint and delete the WAL under our live
// connection, and the store would be corrupt (https://www.sqlite.org/howtocorrupt.html, 2.2).
TEST(DatabaseTest, OpeningAnotherConnectionKeepsTheFirstOnesLocks) {
    test::TempStore store;
    ASSERT_TRUE(insertAgent(store.db(), u"店:小美"_s).ok());
    const QString wal = store.path() + u"-wal"_s;
    ASSERT_TRUE(QFile::exists(wal));
    {
        auto second = Database::open(store.path(), u"database-test-locks"_s);
        ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    }
    QProcess otherProcess;
    otherProcess.start(u"sqlite3"_s, {store.path(), u"SELECT count(*) FROM agent"_s});
    ASSERT_TRUE(otherProcess.waitForFinished(30'000));
    ASSERT_EQ(otherProcess.exitCode(), 0) << otherProcess.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(wal)) << "another process removed the WAL of a store that is still open";
    ASSERT_TRUE(insertAgent(store.db(), u"店:小雨"_s).ok());
    QSqlQuery check(store.db().connection());
    ASSERT_TRUE(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    EXPECT_EQ(check.value(0).toString(), u"ok"_s);
}

}  // namespace
}  // namespace kefu
