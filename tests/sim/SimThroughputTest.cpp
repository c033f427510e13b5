#include "SimFixture.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace kefu::test {
namespace {

using SimThroughputTest = SimFixture;

// The simulator must never be the bottleneck of a load test: its cost per frame is the codec's, nothing grows.
TEST_F(SimThroughputTest, AnswersFiveThousandRepliesAndBuyerMessagesQuickly) {
    startSim();
    auto c = signedIn();
    const QString conversation = sim->openConversation(u"压测买家"_s);
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= 5000; ++i) {
        c->send(MessageSendFrame{{}, u"c-%1"_s.arg(i), conversation, MessageKind::Text, u"亲，在的~"_s});
    }
    sim->sendBurst(5000);
    ASSERT_TRUE(c->waitForSequenced(10001, 20000)) << c->sequenced().size();
    const qint64 elapsed = clock.elapsed();
    std::printf("[ sim throughput ] 5000 replies + 5000 buyer messages in %lld ms\n", static_cast<long long>(elapsed));
    EXPECT_LT(elapsed, 15000);  // a Debug build on a loaded machine takes ~5 s; quadratic work would take minutes
    EXPECT_EQ(sim->record().replies().size(), 5000);
}

}  // namespace
}  // namespace kefu::test
