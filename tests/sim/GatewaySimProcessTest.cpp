#include "SimTestClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace kefu::test {
namespace {

// The executable next to this suite in the build tree (build/<dir>/src/sim/), when it has been built.
QString simulatorBinary() {
    const QString path = QCoreApplication::applicationDirPath() + u"/../src/sim/kefudesk-gateway-sim"_s;
    return QFileInfo(path).isExecutable() ? QFileInfo(path).canonicalFilePath() : QString();
}

TEST(GatewaySimProcessTest, PrintsItsUrlServesABurstAndStopsCleanlyOnCtrlC) {
    const QString binary = simulatorBinary();
    if (binary.isEmpty()) {
        GTEST_SKIP() << "kefudesk-gateway-sim is not built";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString recordPath = dir.filePath(u"record.jsonl"_s);
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(binary, {u"--port"_s, u"0"_s, u"--token"_s, u"t0k"_s, u"--burst"_s, u"5"_s, u"--buyers"_s, u"1"_s,
                           u"--record"_s, recordPath});
    ASSERT_TRUE(process.waitForStarted());
    QString output;
    static const QRegularExpression urlPattern(u"ws://[0-9.]+:[0-9]+"_s);
    ASSERT_TRUE(SimTestClient::waitFor(
        [&] {
            output += QString::fromUtf8(process.readAllStandardOutput());
            return urlPattern.match(output).hasMatch();
        },
        5000))
        << output.toStdString();

    SimTestClient client(QUrl(urlPattern.match(output).captured()));
    ASSERT_TRUE(client.signIn(u"木棉纪旗舰店:小美"_s, u"t0k"_s));
    ASSERT_TRUE(client.waitForSequenced(6));  // conversation.opened + 5 bulk messages
    client.ack(6);
    client.settle(100);

    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    ASSERT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
    QFile record(recordPath);
    ASSERT_TRUE(record.open(QIODevice::ReadOnly));
    const QByteArray lines = record.readAll();
    EXPECT_TRUE(lines.contains(R"("type":"ack")"));
    EXPECT_FALSE(lines.contains("t0k"));
}

}  // namespace
}  // namespace kefu::test
