#include "SimFixture.h"
#include "channel/FrameCodec.h"
#include "sim/FaultInjector.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu::test {
namespace {

using FaultPlanTest = SimFixture;

SimOptions withFaults(const FaultPlan& plan) {
    SimOptions options = simOptions();
    options.faults = plan;
    return options;
}

TEST_F(FaultPlanTest, DropsTheConnectionAfterEveryNSequencedFrames) {
    FaultPlan plan;
    plan.dropEvery = 3;
    startSim(withFaults(plan));
    auto first = signedIn();
    sim->sendBurst(9);  // 10 sequenced frames
    ASSERT_TRUE(SimTestClient::waitFor([&] { return first->wasDisconnected(); }));
    first->settle(50);
    EXPECT_EQ(first->seqs(), (QList<qint64>{1, 2, 3}));

    auto second = client();
    ASSERT_TRUE(second->open());
    second->send(AuthFrame{{}, kAgent, kToken, {}});
    second->send(ResumeFrame{{}, 3});
    ASSERT_TRUE(SimTestClient::waitFor([&] { return second->wasDisconnected(); }));
    second->settle(50);
    EXPECT_EQ(second->seqs(), (QList<qint64>{4, 5, 6}));
}

TEST_F(FaultPlanTest, DuplicatesSequencedFrames) {
    FaultPlan plan;
    plan.duplicate = 1.0;
    startSim(withFaults(plan));
    auto c = signedIn();
    sim->sendBurst(3);
    ASSERT_TRUE(c->waitForSequenced(8));
    c->settle();
    EXPECT_EQ(c->seqs(), (QList<qint64>{1, 1, 2, 2, 3, 3, 4, 4}));
    EXPECT_TRUE(c->problems().isEmpty());
}

TEST_F(FaultPlanTest, ADuplicateProbabilityDuplicatesSomeFrames) {
    FaultPlan plan;
    plan.duplicate = 0.5;
    startSim(withFaults(plan));
    auto c = signedIn();
    sim->sendBurst(199);
    ASSERT_TRUE(c->waitForSequenced(200));
    c->settle();
    const int copies = static_cast<int>(c->seqs().size()) - 200;
    EXPECT_GT(copies, 60);
    EXPECT_LT(copies, 140);
}

TEST_F(FaultPlanTest, ReordersWithinWindowsOfWFrames) {
    FaultPlan plan;
    plan.reorderWindow = 4;
    startSim(withFaults(plan));
    auto c = signedIn();
    sim->sendBurst(11);  // 12 sequenced frames = 3 full windows
    ASSERT_TRUE(c->waitForSequenced(12));
    c->settle();
    const QList<qint64> seqs = c->seqs();
    ASSERT_EQ(seqs.size(), 12);
    for (int window = 0; window < 3; ++window) {
        QList<qint64> part = seqs.mid(window * 4, 4);
        EXPECT_FALSE(std::is_sorted(part.cbegin(), part.cend())) << "window " << window;
        std::sort(part.begin(), part.end());
        EXPECT_EQ(part, (QList<qint64>{window * 4 + 1, window * 4 + 2, window * 4 + 3, window * 4 + 4}));
    }
}

TEST_F(FaultPlanTest, ADropNeverSplitsAReorderWindow) {
    FaultPlan plan;
    plan.reorderWindow = 4;
    plan.dropEvery = 3;
    startSim(withFaults(plan));
    auto c = signedIn();
    sim->sendBurst(7);  // 8 sequenced frames: the 3rd falls inside the first window
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->wasDisconnected(); }));
    c->settle(50);
    QList<qint64> seqs = c->seqs();
    std::sort(seqs.begin(), seqs.end());
    EXPECT_EQ(seqs, (QList<qint64>{1, 2, 3, 4}));  // the whole window, then the drop
}

TEST_F(FaultPlanTest, APartialWindowIsFlushedAfterAPause) {
    FaultPlan plan;
    plan.reorderWindow = 8;
    startSim(withFaults(plan));
    auto c = signedIn();
    sim->sendBurst(2);  // 3 frames, never a full window
    ASSERT_TRUE(c->waitForSequenced(3, 1000));
    QList<qint64> seqs = c->seqs();
    std::sort(seqs.begin(), seqs.end());
    EXPECT_EQ(seqs, (QList<qint64>{1, 2, 3}));
}

TEST_F(FaultPlanTest, DelaysFramesButKeepsTheirOrder) {
    FaultPlan plan;
    plan.delayMs = 300;
    startSim(withFaults(plan));
    auto c = signedIn();
    QElapsedTimer clock;
    clock.start();
    sim->sendBurst(4);
    c->settle(80);
    if (clock.elapsed() < 140) {
        EXPECT_TRUE(c->seqs().isEmpty());  // the shortest delay is 150 ms
    }
    ASSERT_TRUE(c->waitForSequenced(5, 3000));
    EXPECT_GE(clock.elapsed(), 150);
    EXPECT_EQ(c->seqs(), (QList<qint64>{1, 2, 3, 4, 5}));
}

TEST_F(FaultPlanTest, SlipsMalformedFramesInWithoutLosingAny) {
    FaultPlan plan;
    plan.malformed = 1.0;
    startSim(withFaults(plan));
    auto c = signedIn();
    sim->sendBurst(7);
    ASSERT_TRUE(c->waitForSequenced(8));
    ASSERT_TRUE(SimTestClient::waitFor([&] { return c->problems().size() >= 8; }));
    c->settle();
    EXPECT_EQ(c->seqs(), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
    EXPECT_EQ(c->problems().size(), 8);
    for (const QString& problem : c->problems()) {
        EXPECT_TRUE(problem.startsWith(u"[malformed_json]"_s) || problem.startsWith(u"[unknown_type]"_s) ||
                    problem.startsWith(u"[too_large]"_s))
            << problem.toStdString();
    }
}

TEST_F(FaultPlanTest, EachMalformationFailsDecodingAsNamed) {
    using M = FaultInjector::Malformation;
    const auto keyOf = [](M kind) {
        const Result<InboundFrame> frame = FrameCodec::decode(FaultInjector::malformedFrame(kind));
        return frame ? QString() : frame.error().detail.section(u']', 0, 0) + u']';
    };
    EXPECT_EQ(keyOf(M::JunkJson), u"[malformed_json]"_s);
    EXPECT_EQ(keyOf(M::InvalidUnicode), u"[malformed_json]"_s);
    EXPECT_EQ(keyOf(M::UnknownType), u"[unknown_type]"_s);
    EXPECT_EQ(keyOf(M::Oversized), u"[too_large]"_s);
}

TEST_F(FaultPlanTest, OversizedFramesCanBeLeftOut) {
    FaultPlan plan;
    plan.malformed = 1.0;
    plan.malformedOversized = false;
    FaultInjector faults(plan, 3);
    for (int i = 0; i < 200; ++i) {
        const QByteArray bad = faults.maybeMalformed();
        ASSERT_FALSE(bad.isEmpty());
        EXPECT_LT(bad.size(), 1000);
    }
}

TEST_F(FaultPlanTest, FaultDecisionsRepeatWithTheSeed) {
    FaultPlan plan;
    plan.duplicate = 0.3;
    plan.malformed = 0.2;
    plan.delayMs = 100;
    const auto draw = [&](quint64 seed) {
        FaultInjector faults(plan, seed);
        QList<qint64> decisions;
        for (int i = 0; i < 50; ++i) {
            decisions.append(faults.shouldDuplicate() ? 1 : 0);
            decisions.append(faults.maybeMalformed().size());
            decisions.append(faults.delayMs());
        }
        return decisions;
    };
    EXPECT_EQ(draw(7), draw(7));
    EXPECT_NE(draw(7), draw(8));
}

TEST_F(FaultPlanTest, ACleanPlanChangesNothing) {
    startSim();
    EXPECT_TRUE(sim->faultPlan().isClean());
    auto c = signedIn();
    sim->sendBurst(20);
    ASSERT_TRUE(c->waitForSequenced(21));
    c->settle();
    QList<qint64> expected;
    for (qint64 seq = 1; seq <= 21; ++seq) {
        expected.append(seq);
    }
    EXPECT_EQ(c->seqs(), expected);
    EXPECT_TRUE(c->problems().isEmpty());
}

}  // namespace
}  // namespace kefu::test
