// Runs the real kefudesk binary: version, seed-demo, and its refusal to touch a corrupt or newer database.
#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60 * 1000;

struct ProcessRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    // The app data dir (default store, logs) points into the temporary folder, so tests never touch the user's.
    ProcessRun kefudesk(const QStringList& arguments, const QString& platform = QString()) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"DISPLAY"_s);  // CLI commands must not need a display
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        if (!platform.isEmpty()) {
            env.insert(u"QT_QPA_PLATFORM"_s, platform);
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KEFUDESK_BIN), arguments);
        ProcessRun run;
        if (!process.waitForFinished(kTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            ADD_FAILURE() << "kefudesk did not finish: " << arguments.join(u' ').toStdString();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A store with the demo shop, made the way a user makes one (an explicit --db must name an existing file).
    QString seededStore() {
        const QString db = path(u"shop.sqlite"_s);
        const ProcessRun seeded = kefudesk({u"seed-demo"_s, u"--db"_s, db});
        EXPECT_EQ(seeded.exitCode, 0) << seeded.err.toStdString();
        return db;
    }

    // A zero-byte file: an existing but empty store, which still gets the demo shop.
    QString emptyStore() {
        const QString db = path(u"shop.sqlite"_s);
        QFile file(db);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        return db;
    }

    static QByteArray sha256(const QString& file) {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QTemporaryDir m_dir;
};

TEST_F(CliTest, VersionPrintsNameAndVersion) {
    const ProcessRun run = kefudesk({u"--version"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), u"kefudesk " KEFU_VERSION ""_s);
}

TEST_F(CliTest, HelpNamesTheCommandAndOptions) {
    const ProcessRun run = kefudesk({u"--help"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"--db"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"seed-demo"_s)) << run.out.toStdString();
}

TEST_F(CliTest, UnknownCommandIsAUsageError) {
    const ProcessRun run = kefudesk({u"seed-everything"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"seed-everything"_s)) << run.err.toStdString();
}

TEST_F(CliTest, UnknownOptionIsAUsageErrorEvenWithoutADisplay) {
    const ProcessRun run = kefudesk({u"--frobnicate"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"frobnicate"_s)) << run.err.toStdString();
}

TEST_F(CliTest, HelpNamesTheGatewayOptions) {
    const ProcessRun run = kefudesk({u"--help"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"--gateway <url>"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"--gateway-token <token>"_s)) << run.out.toStdString();
}

TEST_F(CliTest, GatewayThatIsNotAWebSocketAddressIsAUsageError) {
    for (const QString& url : {u"http://127.0.0.1:8765"_s, u"127.0.0.1:8765"_s, u"ws://"_s}) {
        const ProcessRun run =
            kefudesk({u"--db"_s, path(u"shop.sqlite"_s), u"--gateway"_s, url, u"--screenshot"_s, path(u"x.png"_s)},
                     u"offscreen"_s);
        EXPECT_EQ(run.exitCode, 2) << url.toStdString();
        EXPECT_TRUE(run.err.contains(u"网关地址无效"_s)) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(url)) << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(path(u"shop.sqlite"_s)));
}

TEST_F(CliTest, GatewayOptionsAreAcceptedByTheWindow) {
    const QString png = path(u"main-window.png"_s);
    const ProcessRun run = kefudesk({u"--db"_s, seededStore(), u"--gateway=ws://127.0.0.1:1"_s, u"--gateway-token"_s,
                                     u"secret"_s, u"--screenshot"_s, png},
                                    u"offscreen"_s);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(png));
}

TEST_F(CliTest, HelpDocumentsTheChannelCommandAndItsExitCodes) {
    const ProcessRun run = kefudesk({u"--help"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"channel"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"channel: <状态>"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"退出码"_s) && run.out.contains(u"3 网关拒绝令牌"_s)) << run.out.toStdString();
}

TEST_F(CliTest, ChannelNeedsGatewayAgentAndToken) {
    const QString db = path(u"shop.sqlite"_s);
    const ProcessRun noGateway = kefudesk({u"channel"_s, u"--db"_s, db});
    EXPECT_EQ(noGateway.exitCode, 2);
    EXPECT_TRUE(noGateway.err.contains(u"--gateway"_s)) << noGateway.err.toStdString();
    const ProcessRun noAgent = kefudesk({u"channel"_s, u"--db"_s, db, u"--gateway"_s, u"ws://127.0.0.1:1"_s});
    EXPECT_EQ(noAgent.exitCode, 2);
    EXPECT_TRUE(noAgent.err.contains(u"--agent"_s)) << noAgent.err.toStdString();
    const ProcessRun noToken = kefudesk(
        {u"channel"_s, u"--db"_s, db, u"--gateway"_s, u"ws://127.0.0.1:1"_s, u"--agent"_s, u"木棉纪旗舰店:小满"_s});
    EXPECT_EQ(noToken.exitCode, 2);
    EXPECT_TRUE(noToken.err.contains(u"--gateway-token"_s)) << noToken.err.toStdString();
    const ProcessRun badUrl = kefudesk({u"channel"_s, u"--db"_s, db, u"--gateway"_s, u"http://127.0.0.1:1"_s,
                                        u"--agent"_s, u"木棉纪旗舰店:小满"_s, u"--gateway-token"_s, u"t"_s});
    EXPECT_EQ(badUrl.exitCode, 2);
    EXPECT_TRUE(badUrl.err.contains(u"网关地址无效"_s)) << badUrl.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
}

TEST_F(CliTest, ChannelRefusesAnAgentTheShopDoesNotHave) {
    const ProcessRun run = kefudesk({u"channel"_s, u"--db"_s, emptyStore(), u"--gateway"_s, u"ws://127.0.0.1:1"_s,
                                     u"--agent"_s, u"木棉纪旗舰店:不存在"_s, u"--gateway-token"_s, u"t"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"没有这个客服账号"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"演示店铺"_s)) << "an empty store gets the demo shop: " << run.out.toStdString();
}

// No gateway listening: the channel keeps retrying without a display, and SIGTERM stops it cleanly (exit 0).
TEST_F(CliTest, ChannelRetriesAnAbsentGatewayAndStopsCleanlyOnSigterm) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KEFUDESK_BIN),
                  {u"channel"_s, u"--db"_s, emptyStore(), u"--gateway"_s, u"ws://127.0.0.1:1"_s, u"--agent"_s,
                   u"木棉纪旗舰店:小满"_s, u"--gateway-token"_s, u"t"_s});
    QString out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains(u"channel: reconnecting"_s) && waited.elapsed() < kTimeoutMs &&
           process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        out += QString::fromUtf8(process.readAllStandardOutput());
    }
    ASSERT_TRUE(out.contains(u"channel: connecting"_s)) << out.toStdString();
    ASSERT_TRUE(out.contains(u"channel: reconnecting"_s)) << out.toStdString();
    process.terminate();
    ASSERT_TRUE(process.waitForFinished(kTimeoutMs));
    out += QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << QString::fromUtf8(process.readAllStandardError()).toStdString();
    EXPECT_TRUE(out.trimmed().endsWith(u"channel: stopped"_s)) << out.toStdString();
}

TEST_F(CliTest, WindowWithoutADisplayExplainsInsteadOfAborting) {
    const ProcessRun run = kefudesk({u"--db"_s, path(u"shop.sqlite"_s)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"没有可用的显示器"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(u"shop.sqlite"_s)));
}

// The real window over a store seeded by `seed-demo`.
TEST_F(CliTest, ScreenshotRendersTheMainWindowOverASeededDemoStore) {
    const QString png = path(u"main-window.png"_s);
    const ProcessRun run = kefudesk({u"--db"_s, seededStore(), u"--screenshot"_s, png}, u"offscreen"_s);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 1000);
    EXPECT_GE(image.height(), 600);
}

// A mistyped --db must not open a fresh demo shop that looks like the real store; where nobody can be asked, the
// window refuses and says how to make a demo store.
TEST_F(CliTest, WindowRefusesADbPathThatDoesNotExist) {
    const QString missing = path(u"shpo.sqlite"_s);
    const ProcessRun run =
        kefudesk({u"--db"_s, missing, u"--screenshot"_s, path(u"main-window.png"_s)}, u"offscreen"_s);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"数据库文件不存在"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"seed-demo --db "_s + missing)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
    EXPECT_FALSE(QFile::exists(path(u"main-window.png"_s)));
}

TEST_F(CliTest, ChannelRefusesADbPathThatDoesNotExist) {
    const QString missing = path(u"shpo.sqlite"_s);
    const ProcessRun run = kefudesk({u"channel"_s, u"--db"_s, missing, u"--gateway"_s, u"ws://127.0.0.1:1"_s,
                                     u"--agent"_s, u"木棉纪旗舰店:小满"_s, u"--gateway-token"_s, u"t"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"数据库文件不存在"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
}

// --help is parsed before any window: Qt's own option lines must speak the interface language too.
TEST_F(CliTest, HelpIsWhollyInTheChosenLanguage) {
    const ProcessRun chinese = kefudesk({u"--help"_s});
    EXPECT_EQ(chinese.exitCode, 0);
    EXPECT_FALSE(chinese.out.contains(u"Displays"_s)) << chinese.out.toStdString();
    EXPECT_FALSE(chinese.out.contains(u"Options:"_s)) << chinese.out.toStdString();
    const ProcessRun english = kefudesk({u"--lang"_s, u"en"_s, u"--help"_s});
    EXPECT_EQ(english.exitCode, 0);
    EXPECT_TRUE(english.out.contains(u"Options:"_s)) << english.out.toStdString();
    EXPECT_FALSE(english.out.contains(u"数据库"_s)) << english.out.toStdString();
}

TEST_F(CliTest, SeedDemoCreatesTheStoreOnceAndReportsItOnTheSecondRun) {
    const QString db = path(u"shop.sqlite"_s);
    const ProcessRun first = kefudesk({u"seed-demo"_s, u"--db"_s, db});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(u"创建演示店铺"_s)) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(u"商品"_s) && first.out.contains(u"订单"_s)) << first.out.toStdString();
    EXPECT_TRUE(QFile::exists(db));

    const ProcessRun second = kefudesk({u"seed-demo"_s, u"--db"_s, db});
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(u"已有店铺"_s)) << second.out.toStdString();
    EXPECT_FALSE(second.out.contains(u"创建演示店铺"_s));

    // The log went to the app data dir, not next to the store.
    EXPECT_TRUE(QFile::exists(path(u"data/KefuDesk/kefudesk/logs/kefudesk.log"_s)));
}

TEST_F(CliTest, SeedDemoDefaultsToTheAppDataDir) {
    const ProcessRun run = kefudesk({u"seed-demo"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(path(u"data/KefuDesk/kefudesk/kefudesk.sqlite"_s)));
}

TEST_F(CliTest, CorruptFileIsRefusedAndLeftUntouched) {
    const QString db = path(u"corrupt.sqlite"_s);
    QByteArray junk(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20261123);
    for (char& byte : junk) {
        byte = static_cast<char>(generator.bounded(256));
    }
    {
        QFile file(db);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(junk), junk.size());
    }
    const ProcessRun run = kefudesk({u"seed-demo"_s, u"--db"_s, db});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(u"无法使用数据库"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(db)) << run.err.toStdString();
    QFile file(db);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), junk);
}

TEST_F(CliTest, NewerSchemaIsRefusedAndLeftUntouched) {
    const QString db = path(u"newer.sqlite"_s);
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-test-newer"_s);
        sql.setDatabaseName(db);
        ASSERT_TRUE(sql.open());
        QSqlQuery query(sql);
        ASSERT_TRUE(query.exec(u"CREATE TABLE future_thing (id INTEGER PRIMARY KEY)"_s));
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = 999"_s));
        query.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"cli-test-newer"_s);
    const QByteArray before = sha256(db);

    const ProcessRun run = kefudesk({u"seed-demo"_s, u"--db"_s, db});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(u"无法使用数据库"_s)) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(u"创建演示店铺"_s));
    EXPECT_EQ(sha256(db), before);
}

}  // namespace
