// Opening and upgrading store files: new, empty, old, newer, foreign and broken ones.
#include "store/AgentRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/ShopRepository.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

QByteArray readBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Row counts of the ordinary tables, read through a connection of its own that is closed before returning.
QMap<QString, int> rowCounts(Database& db) {
    QMap<QString, int> counts;
    QStringList tables;
    {
        QSqlQuery query(db.connection());
        query.exec(
            u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            u"AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'"_s);
        while (query.next()) {
            tables << query.value(0).toString();
        }
    }
    for (const QString& table : tables) {
        QSqlQuery query(db.connection());
        query.exec(u"SELECT count(*) FROM \""_s + table + u"\""_s);
        counts.insert(table, query.next() ? query.value(0).toInt() : -1);
    }
    return counts;
}

class MigratorTest : public ::testing::Test {
protected:
    QString file(const QString& name) const { return m_dir.filePath(name); }
    static QString nextName() { return u"migrator-test-"_s + QString::number(++s_connection); }

    QTemporaryDir m_dir;
    static inline int s_connection = 0;
};

TEST_F(MigratorTest, ResourcesHoldNumberedStepsFromOne) {
    const QList<Migrator::Step> steps = Migrator::resourceSteps();
    ASSERT_FALSE(steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps.at(i).version, i + 1) << steps.at(i).name.toStdString();
        EXPECT_FALSE(steps.at(i).sql.trimmed().isEmpty());
    }
    EXPECT_EQ(steps.constFirst().name, u"0001_init"_s);
    EXPECT_EQ(Migrator().latestVersion(), steps.constLast().version);
}

TEST_F(MigratorTest, CreatesMissingFileAndFolder) {
    const QString path = file(u"a/b/kefu.sqlite"_s);
    auto db = Database::open(path, nextName());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ((*db)->schemaVersion(), Migrator().latestVersion());
    EXPECT_TRUE(ShopRepository(**db).save(Shop{u"店"_s, u"tmall"_s, u"店"_s}).ok());
}

TEST_F(MigratorTest, ZeroLengthFileIsTreatedAsNew) {
    const QString path = file(u"empty.sqlite"_s);
    writeBytes(path, {});
    auto db = Database::open(path, nextName());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Migrator().latestVersion());
}

TEST_F(MigratorTest, InMemoryStoreIsMigrated) {
    auto db = Database::openInMemory(nextName());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Migrator().latestVersion());
    EXPECT_TRUE(AgentRepository(**db).list().ok());
}

TEST_F(MigratorTest, UpgradesEveryFixtureToLatest) {
    const QFileInfoList fixtures =
        QDir(QStringLiteral(KEFU_FIXTURES_DIR)).entryInfoList({u"schema-v*.sqlite"_s}, QDir::Files, QDir::Name);
    ASSERT_FALSE(fixtures.isEmpty()) << "no fixtures in " << KEFU_FIXTURES_DIR;
    for (const QFileInfo& fixture : fixtures) {
        SCOPED_TRACE(fixture.fileName().toStdString());
        const QString path = file(fixture.fileName());
        ASSERT_TRUE(QFile::copy(fixture.filePath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        // The counts as the old version left them, read without migrating (an empty step list reads only).
        QMap<QString, int> before;
        int fixtureVersion = 0;
        {
            QList<Migrator::Step> upToFixture = Migrator::resourceSteps();
            const QString versionText = fixture.completeBaseName().mid(QStringLiteral("schema-v").size());
            fixtureVersion = versionText.toInt();
            ASSERT_GT(fixtureVersion, 0);
            upToFixture.resize(qMin<qsizetype>(fixtureVersion, upToFixture.size()));
            auto old = Database::open(path, nextName(), Migrator(upToFixture));
            ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
            ASSERT_EQ((*old)->schemaVersion(), fixtureVersion);
            before = rowCounts(**old);
        }
        ASSERT_FALSE(before.isEmpty());

        auto db = Database::open(path, nextName());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString() << db.error().detail.toStdString();
        EXPECT_EQ((*db)->schemaVersion(), Migrator().latestVersion());
        const QMap<QString, int> after = rowCounts(**db);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            EXPECT_EQ(after.value(it.key(), -1), it.value()) << it.key().toStdString();
        }
        if (fixtureVersion < Migrator().latestVersion()) {
            EXPECT_TRUE(QFile::exists(path + u".v"_s + QString::number(fixtureVersion) + u".bak"_s));
        }
        // The rows still read through today's repositories.
        Result<Shop> shop = ShopRepository(**db).get();
        ASSERT_TRUE(shop.ok());
        EXPECT_EQ(shop->name, u"优衣坊旗舰店"_s);
        Result<Customer> vip = CustomerRepository(**db).findByNick(u"tb123456789"_s);
        ASSERT_TRUE(vip.ok());
        EXPECT_EQ(vip->tags.size(), 2);
        EXPECT_EQ(vip->birthday, QDate(1990, 5, 20));
        EXPECT_TRUE(AgentRepository(**db).findByNick(u"优衣坊旗舰店:小美"_s).ok());
    }
}

TEST_F(MigratorTest, NewerSchemaIsRefusedAndFileUntouched) {
    const QString path = file(u"newer.sqlite"_s);
    {
        auto db = Database::open(path, nextName());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(
            AgentRepository(**db).add(Agent{0, u"店:小美"_s, u"小美"_s, AgentRole::PreSale, AgentStatus::Online}).ok());
        QSqlQuery query((*db)->connection());
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = 99"_s));
    }
    const QByteArray bytes = readBytes(path);
    ASSERT_FALSE(bytes.isEmpty());

    auto db = Database::open(path, nextName());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(db.error().message.contains(u"99"_s)) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QString::number(Migrator().latestVersion())));
    EXPECT_TRUE(db.error().message.contains(u"升级"_s));
    EXPECT_EQ(readBytes(path), bytes);
    EXPECT_FALSE(QDir(m_dir.path()).entryList({u"*.bak"_s}).size() > 0);
    EXPECT_FALSE(QSqlDatabase::connectionNames().contains(u"migrator-test-"_s + QString::number(s_connection)));
}

TEST_F(MigratorTest, ForeignFilesAreCorruptAndUntouched) {
    QByteArray random(8192, '\0');
    QRandomGenerator generator(42);
    for (char& byte : random) {
        byte = static_cast<char>(generator.bounded(256));
    }
    QByteArray garbageAfterHeader = QByteArray("SQLite format 3", 16) + random;
    const QList<QPair<QString, QByteArray>> files = {
        {u"random.sqlite"_s, random},
        {u"notes.txt"_s, QByteArray("这不是数据库，只是一段文字。\n")},
        {u"header-only.sqlite"_s, garbageAfterHeader},
    };
    for (const auto& [name, bytes] : files) {
        SCOPED_TRACE(name.toStdString());
        const QString path = file(name);
        writeBytes(path, bytes);
        auto db = Database::open(path, nextName());
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().code, ErrorCode::Corrupt);
        EXPECT_TRUE(db.error().message.contains(name)) << db.error().message.toStdString();
        EXPECT_TRUE(db.error().message.contains(u"没有对它做任何改动"_s));
        EXPECT_EQ(readBytes(path), bytes);
    }
}

// Another program's SQLite file is a valid database but not ours: refused without switching it to WAL, migrating it
// or loading the demo shop into it.
TEST_F(MigratorTest, OtherProgramsSqliteFilesAreRefusedAndUntouched) {
    const QList<QPair<QString, QString>> files = {
        {u"notes-app.sqlite"_s,
         u"CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note VALUES (1, 'x');"_s},
        {u"other-app.sqlite"_s, u"PRAGMA application_id = 1234; PRAGMA user_version = 1;"_s},
    };
    for (const auto& [name, script] : files) {
        SCOPED_TRACE(name.toStdString());
        const QString path = file(name);
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {path, script});
        ASSERT_TRUE(sqlite.waitForFinished(30'000));
        ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
        const QByteArray bytes = readBytes(path);
        auto db = Database::open(path, nextName());
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().code, ErrorCode::Corrupt);
        EXPECT_TRUE(db.error().message.contains(name)) << db.error().message.toStdString();
        EXPECT_EQ(readBytes(path), bytes);
        EXPECT_FALSE(QFile::exists(path + u"-wal"_s));
    }
}

TEST_F(MigratorTest, NewStoresCarryKefuDesksApplicationId) {
    auto db = Database::open(file(u"new.sqlite"_s), nextName());
    ASSERT_TRUE(db.ok());
    QSqlQuery query((*db)->connection());
    ASSERT_TRUE(query.exec(u"PRAGMA application_id"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), Migrator::kApplicationId);
}

TEST_F(MigratorTest, FolderThatCannotBeCreatedIsIo) {
    writeBytes(file(u"plain-file"_s), QByteArray("x"));
    auto db = Database::open(file(u"plain-file/sub/kefu.sqlite"_s), nextName());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Io);
}

TEST_F(MigratorTest, DirectoryInPlaceOfFileIsIo) {
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"store.sqlite"_s));
    auto db = Database::open(file(u"store.sqlite"_s), nextName());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Io);
}

TEST_F(MigratorTest, DuplicateConnectionNameIsAnErrorNotACrash) {
    const QString name = nextName();
    auto first = Database::open(file(u"one.sqlite"_s), name);
    ASSERT_TRUE(first.ok());
    auto second = Database::open(file(u"two.sqlite"_s), name);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Internal);
    EXPECT_TRUE(AgentRepository(**first).list().ok());  // the first connection still works
}

// Each step commits on its own: when the second of two pending steps fails, the first stays applied and the
// message names the version the file is really at.
TEST_F(MigratorTest, FailedLaterStepReportsTheVersionReached) {
    const QString path = file(u"store.sqlite"_s);
    ASSERT_TRUE(Database::open(path, nextName()).ok());
    const int latest = Migrator().latestVersion();
    QList<Migrator::Step> steps = Migrator::resourceSteps();
    steps.append(Migrator::Step{latest + 1, u"good"_s, u"CREATE TABLE added_later (id INTEGER PRIMARY KEY);"_s});
    steps.append(Migrator::Step{latest + 3, u"broken"_s, u"INSERT INTO no_such_table VALUES (1);"_s});
    auto db = Database::open(path, nextName(), Migrator(steps));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Migration);
    EXPECT_TRUE(db.error().message.contains(u"现在是版本 %1"_s.arg(latest + 1))) << db.error().message.toStdString();
    auto reopened = Database::open(path, nextName(), Migrator(steps.mid(0, steps.size() - 1)));
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ((*reopened)->schemaVersion(), latest + 1);
}

TEST_F(MigratorTest, FailedStepRollsBackAndReportsBackup) {
    const QString path = file(u"store.sqlite"_s);
    {
        auto db = Database::open(path, nextName());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(
            AgentRepository(**db).add(Agent{0, u"店:小美"_s, u"小美"_s, AgentRole::PreSale, AgentStatus::Online}).ok());
    }
    const int latest = Migrator().latestVersion();
    QList<Migrator::Step> steps = Migrator::resourceSteps();
    steps.append(Migrator::Step{latest + 1, u"9999_broken"_s,
                                u"CREATE TABLE half_done (id INTEGER PRIMARY KEY);\n"
                                u"UPDATE agent SET display_name = '改过了';\n"
                                u"INSERT INTO no_such_table VALUES (1);"_s});
    {
        auto db = Database::open(path, nextName(), Migrator(steps));
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().code, ErrorCode::Migration);
        const QString message = db.error().message;
        EXPECT_TRUE(message.contains(u"9999_broken"_s)) << message.toStdString();
        const QString backup = path + u".v"_s + QString::number(latest) + u".bak"_s;
        EXPECT_TRUE(message.contains(QDir::toNativeSeparators(backup))) << message.toStdString();
        EXPECT_TRUE(db.error().detail.contains(u"no_such_table"_s)) << db.error().detail.toStdString();
        ASSERT_TRUE(QFile::exists(backup));

        auto copy = Database::open(backup, nextName());
        ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
        EXPECT_EQ((*copy)->schemaVersion(), latest);
        EXPECT_TRUE(AgentRepository(**copy).findByNick(u"店:小美"_s).ok());
    }
    auto db = Database::open(path, nextName());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latest);
    Result<Agent> agent = AgentRepository(**db).findByNick(u"店:小美"_s);
    ASSERT_TRUE(agent.ok());
    EXPECT_EQ(agent->displayName, u"小美"_s);
    QSqlQuery query((*db)->connection());
    query.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"_s);
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST_F(MigratorTest, SecondFailedUpgradeKeepsTheFirstBackup) {
    const QString path = file(u"store.sqlite"_s);
    { ASSERT_TRUE(Database::open(path, nextName()).ok()); }
    const int latest = Migrator().latestVersion();
    QList<Migrator::Step> steps = Migrator::resourceSteps();
    steps.append(Migrator::Step{latest + 1, u"9999_broken"_s, u"SELECT * FROM no_such_table;"_s});
    EXPECT_FALSE(Database::open(path, nextName(), Migrator(steps)).ok());
    auto second = Database::open(path, nextName(), Migrator(steps));
    ASSERT_FALSE(second.ok());
    const QString base = path + u".v"_s + QString::number(latest);
    EXPECT_TRUE(QFile::exists(base + u".bak"_s));
    EXPECT_TRUE(QFile::exists(base + u"-2.bak"_s));
    EXPECT_TRUE(second.error().message.contains(QDir::toNativeSeparators(base + u"-2.bak"_s)));
}

TEST_F(MigratorTest, SuccessfulUpgradeRunsNewStepsOnlyAfterABackup) {
    const QString path = file(u"store.sqlite"_s);
    { ASSERT_TRUE(Database::open(path, nextName()).ok()); }
    const int latest = Migrator().latestVersion();
    QList<Migrator::Step> steps = Migrator::resourceSteps();
    steps.append(Migrator::Step{latest + 1, u"9999_extra"_s,
                                u"CREATE TABLE extra (id INTEGER PRIMARY KEY);\nINSERT INTO extra VALUES (7);"_s});
    auto db = Database::open(path, nextName(), Migrator(steps));
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latest + 1);
    EXPECT_TRUE(QFile::exists(path + u".v"_s + QString::number(latest) + u".bak"_s));
    QSqlQuery query((*db)->connection());
    query.exec(u"SELECT id FROM extra"_s);
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 7);
}

TEST_F(MigratorTest, ConcurrentFirstOpensOfOneFileBothSucceed) {
    // The GUI thread and a worker may both open a new file at start-up; the second must not rerun step 1.
    for (int round = 0; round < 5; ++round) {
        const QString path = file(u"race-"_s + QString::number(round) + u".sqlite"_s);
        std::atomic<int> succeeded{0};
        QStringList errors;
        std::mutex errorsMutex;
        const auto openInThread = [&](const QString& name) {
            auto db = Database::open(path, name);
            if (db.ok() && (*db)->schemaVersion() == Migrator().latestVersion()) {
                ++succeeded;
            } else if (!db.ok()) {
                const std::lock_guard lock(errorsMutex);
                errors << db.error().message + db.error().detail;
            }
        };
        std::thread first(openInThread, nextName());
        std::thread second(openInThread, nextName());
        first.join();
        second.join();
        EXPECT_EQ(succeeded.load(), 2) << errors.join(u"; "_s).toStdString();
    }
}

}  // namespace
}  // namespace kefu
