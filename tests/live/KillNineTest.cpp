// Issue #4: kill -9 of the receiving process in the middle of a burst → after restart nothing that was acknowledged
// is missing and nothing is duplicated. The receiver is the real `kefudesk channel` (headless) as a child process.
#include "LiveStoreReader.h"
#include "sim/GatewaySimulator.h"
#include "store/Database.h"
#include "support/IsOk.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

using test::isOk;
using test::LiveStoreReader;

constexpr int kMessages = 6000;
constexpr int kConversations = 4;
constexpr int kPerTick = 300;
constexpr int kTickMs = 20;
constexpr int kKillAfterAcked = 1500;  // messages acked before the kill: well inside the burst
constexpr int kLiveTimeoutMs = 60 * 1000;
constexpr int kDrainTimeoutMs = 120 * 1000;
const QString kAgent = u"木棉纪旗舰店:小满"_s;

// `kefudesk channel` on the test's store and simulator, its stdout collected, its log in the temporary folder.
class ChannelProcess {
public:
    ChannelProcess(const QTemporaryDir& dir, const QString& dbPath, const GatewaySimulator& sim, const QString& name) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"DISPLAY"_s);  // headless: must not need one
        env.remove(u"QT_QPA_PLATFORM"_s);
        m_process.setProcessEnvironment(env);
        m_process.setStandardErrorFile(dir.filePath(name + u".stderr"_s));
        m_stderrPath = dir.filePath(name + u".stderr"_s);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += QString::fromUtf8(m_process.readAllStandardOutput()); });
        m_process.start(QStringLiteral(KEFUDESK_BIN),
                        {u"channel"_s, u"--db"_s, dbPath, u"--gateway"_s, sim.url().toString(), u"--agent"_s, kAgent,
                         u"--gateway-token"_s, sim.options().token});
    }
    ~ChannelProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    bool waitForLive() {
        return QTest::qWaitFor([this] { return m_out.contains(u"channel: live"_s) || !isRunning(); }, kLiveTimeoutMs) &&
               m_out.contains(u"channel: live"_s);
    }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    void kill9() {
        m_process.kill();  // SIGKILL: no handler, no commit, no close frame
        m_process.waitForFinished();
    }
    // SIGTERM: the clean stop; the exit code (-1 when it crashed or hung).
    int terminate() {
        m_process.terminate();
        if (!QTest::qWaitFor([this] { return !isRunning(); }, 30000)) {
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString out() const { return m_out; }
    QString err() const {
        QFile file(m_stderrPath);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).right(4000) : QString();
    }

private:
    QProcess m_process;
    QString m_out;
    QString m_stderrPath;
};

class KillNineTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        dbPath = dir.filePath(u"shop.sqlite"_s);
        QFile empty(dbPath);  // `channel` needs an existing file; an empty one gets the demo shop
        ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
        SimOptions options;
        options.runTag = u"k9"_s;
        options.seed = 9;
        sim = std::make_unique<GatewaySimulator>(options);
        ASSERT_TRUE(sim->start()) << sim->errorString().toStdString();
    }

    // Bulk numbers per conversation in the store file, read by a connection of the test's own.
    QHash<QString, QList<int>> storedNumbers(const QString& connectionName) {
        QHash<QString, QList<int>> numbers;
        {
            auto db = Database::open(dbPath, connectionName);
            EXPECT_TRUE(isOk(db));
            if (db) {
                numbers = LiveStoreReader(**db).bulkNumbersByConversation();
            }
        }
        return numbers;
    }

    // Each of #1 … #upTo is stored exactly once and each conversation shows its messages in number order.
    static void expectExactlyOnceUpTo(const QHash<QString, QList<int>>& stored, int upTo, const char* when) {
        QHash<int, int> seen;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const QList<int>& numbers = it.value();
            for (qsizetype i = 0; i < numbers.size(); ++i) {
                ++seen[numbers.at(i)];
                if (i > 0) {
                    EXPECT_LT(numbers.at(i - 1), numbers.at(i))
                        << when << ": out of order in " << it.key().toStdString();
                }
            }
        }
        int missing = 0;
        int duplicated = 0;
        for (int n = 1; n <= upTo; ++n) {
            missing += seen.value(n) == 0 ? 1 : 0;
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            duplicated += it.value() > 1 ? 1 : 0;
        }
        EXPECT_EQ(missing, 0) << when << ": acknowledged messages missing (of " << upTo << ")";
        EXPECT_EQ(duplicated, 0) << when << ": messages stored twice";
    }

    QTemporaryDir dir;
    QString dbPath;
    std::unique_ptr<GatewaySimulator> sim;
};

TEST_F(KillNineTest, NothingAcknowledgedIsLostOrDuplicatedAfterAKillMidBurst) {
    auto first = std::make_unique<ChannelProcess>(dir, dbPath, *sim, u"first"_s);
    ASSERT_TRUE(first->waitForLive()) << first->out().toStdString() << first->err().toStdString();
    EXPECT_TRUE(first->out().contains(u"演示店铺"_s)) << "an empty store gets the demo shop";

    sim->sendBurst(0, kConversations);  // conversation.opened: seqs 1 … 4, so message #n has seq base + n
    const qint64 base = sim->stream(kAgent)->highestSeq();
    ASSERT_EQ(base, kConversations);
    QTimer burst;
    burst.setInterval(kTickMs);
    QObject::connect(&burst, &QTimer::timeout, sim.get(), [&] {
        sim->sendBurst(qMin(kPerTick, kMessages - sim->bulkSent()), kConversations);
        if (sim->bulkSent() >= kMessages) {
            burst.stop();
        }
    });
    burst.start();

    ASSERT_TRUE(QTest::qWaitFor([&] { return sim->record().lastAck(kAgent) >= base + kKillAfterAcked; }, 60000))
        << "acked " << sim->record().lastAck(kAgent) << "\n"
        << first->err().toStdString();
    first->kill9();
    const qint64 ackedAtKill = sim->record().lastAck(kAgent);
    const int ackedMessages = static_cast<int>(ackedAtKill - base);
    const QHash<QString, QList<int>> afterKill = storedNumbers(u"kill9-after-kill"_s);
    qsizetype storedAtKill = 0;
    for (const QList<int>& numbers : afterKill) {
        storedAtKill += numbers.size();
    }
    std::printf("[ kill -9 ] killed with %d of %d messages acked (seq %lld), %lld stored, %d published\n",
                ackedMessages, kMessages, static_cast<long long>(ackedAtKill), static_cast<long long>(storedAtKill),
                sim->bulkSent());
    EXPECT_LT(ackedMessages, kMessages) << "the kill should land inside the burst";
    expectExactlyOnceUpTo(afterKill, ackedMessages, "after the kill");

    ChannelProcess second(dir, dbPath, *sim, u"second"_s);
    ASSERT_TRUE(second.waitForLive()) << second.out().toStdString() << second.err().toStdString();
    EXPECT_FALSE(second.out().contains(u"演示店铺"_s)) << "the store survived: no second demo shop";
    const bool drained = QTest::qWaitFor(
        [&] { return !burst.isActive() && sim->record().lastAck(kAgent) >= base + kMessages; }, kDrainTimeoutMs);
    EXPECT_EQ(second.terminate(), 0) << second.err().toStdString();
    ASSERT_TRUE(drained) << "acked " << sim->record().lastAck(kAgent) << " of " << base + kMessages;
    EXPECT_EQ(sim->stream(kAgent)->highestSeq(), base + kMessages);

    const QHash<QString, QList<int>> stored = storedNumbers(u"kill9-at-end"_s);
    expectExactlyOnceUpTo(stored, kMessages, "at the end");
    int total = 0;
    for (const QList<int>& numbers : stored) {
        total += static_cast<int>(numbers.size());
    }
    EXPECT_EQ(total, kMessages);
    EXPECT_TRUE(second.out().contains(u"channel: stopped"_s)) << second.out().toStdString();
}

}  // namespace
}  // namespace kefu
