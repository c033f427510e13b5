#include "logging/Log.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

class LogTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    void TearDown() override { log::shutdown(); }

    void initLog(log::Level level = log::Level::Debug) {
        const Status status = log::init(log::LogOptions{m_dir.path(), false, level, 500});
        ASSERT_TRUE(status.ok()) << status.error().detail.toStdString();
    }

    QString fileText() {
        log::flush();
        QFile file(log::currentFilePath());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << log::currentFilePath().toStdString();
        return QString::fromUtf8(file.readAll());
    }

    QTemporaryDir m_dir;
};

TEST_F(LogTest, MessagesReachTheFileAndTheRing) {
    initLog();
    EXPECT_EQ(log::currentFilePath(), m_dir.filePath(u"kefudesk.log"_s));
    log::info(u"店铺已打开：优衣坊旗舰店"_s);
    log::warn("迁移到第 {} 版用时 {} ms：{}", 1, 12, u"成功"_s);

    const QString text = fileText();
    EXPECT_TRUE(text.contains(u"[info]"_s) && text.contains(u"店铺已打开：优衣坊旗舰店"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"[warning]"_s) && text.contains(u"迁移到第 1 版用时 12 ms：成功"_s))
        << text.toStdString();

    const QStringList recent = log::recentLines();
    ASSERT_EQ(recent.size(), 2);
    EXPECT_TRUE(recent.at(0).endsWith(u"店铺已打开：优衣坊旗舰店"_s)) << recent.at(0).toStdString();
    EXPECT_TRUE(recent.at(1).endsWith(u"迁移到第 1 版用时 12 ms：成功"_s)) << recent.at(1).toStdString();
}

TEST_F(LogTest, LevelFiltersBothSinks) {
    initLog(log::Level::Warn);
    log::debug(u"调试细节"_s);
    log::info("常规信息 {}", 1);
    log::error(u"写入失败"_s);

    EXPECT_FALSE(log::isEnabled(log::Level::Info));
    const QStringList recent = log::recentLines();
    ASSERT_EQ(recent.size(), 1);
    EXPECT_TRUE(recent.at(0).contains(u"[error]"_s) && recent.at(0).endsWith(u"写入失败"_s));
    const QString text = fileText();
    EXPECT_FALSE(text.contains(u"调试细节"_s));
    EXPECT_FALSE(text.contains(u"常规信息"_s));
}

TEST_F(LogTest, RingKeepsOnlyTheNewestLines) {
    const Status status = log::init(log::LogOptions{QString(), false, log::Level::Info, 3});
    ASSERT_TRUE(status.ok());
    for (int i = 1; i <= 5; ++i) {
        log::info("第 {} 行", i);
    }
    const QStringList recent = log::recentLines();
    ASSERT_EQ(recent.size(), 3);
    EXPECT_TRUE(recent.at(0).endsWith(u"第 3 行"_s));
    EXPECT_TRUE(recent.at(2).endsWith(u"第 5 行"_s));
    EXPECT_TRUE(log::currentFilePath().isEmpty());
}

TEST_F(LogTest, QtMessagesAreRouted) {
    initLog();
    qWarning() << "qt warning from a widget";
    qInfo("qt info %d", 7);
    const QLoggingCategory category("kefu.store");
    qCWarning(category) << "slow query";

    const QStringList recent = log::recentLines();
    ASSERT_EQ(recent.size(), 3);
    EXPECT_TRUE(recent.at(0).contains(u"[warning]"_s) && recent.at(0).endsWith(u"[qt] qt warning from a widget"_s))
        << recent.at(0).toStdString();
    EXPECT_TRUE(recent.at(1).contains(u"[info]"_s) && recent.at(1).endsWith(u"qt info 7"_s));
    EXPECT_TRUE(recent.at(2).endsWith(u"[qt:kefu.store] slow query"_s)) << recent.at(2).toStdString();
    EXPECT_TRUE(fileText().contains(u"qt warning from a widget"_s));
}

TEST_F(LogTest, ShutdownRestoresTheQtHandlerAndClearsTheRing) {
    initLog();
    log::shutdown();
    EXPECT_TRUE(log::recentLines().isEmpty());
    EXPECT_TRUE(log::currentFilePath().isEmpty());
    qInfo("after shutdown");  // back to Qt's default handler: must not crash or reach a stale sink
    initLog();
    EXPECT_TRUE(log::recentLines().isEmpty());
}

TEST_F(LogTest, UnwritableLogDirIsReportedNotFatal) {
    QFile blocker(m_dir.filePath(u"not-a-dir"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Status status = log::init(log::LogOptions{blocker.fileName() + u"/logs"_s, false, log::Level::Info, 10});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Io);
    log::info(u"仍然记录"_s);
    EXPECT_TRUE(log::recentLines().last().endsWith(u"仍然记录"_s));
}

TEST(LogLevelTest, NamesRoundTrip) {
    for (log::Level level : {log::Level::Debug, log::Level::Info, log::Level::Warn, log::Level::Error}) {
        EXPECT_EQ(log::levelFromName(log::levelName(level)), level);
    }
    EXPECT_EQ(log::levelFromName(u"WARNING"), log::Level::Warn);
    EXPECT_FALSE(log::levelFromName(u"loud").has_value());
}

}  // namespace
}  // namespace kefu
