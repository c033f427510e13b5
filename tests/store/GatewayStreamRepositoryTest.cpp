#include "support/IsOk.h"
#include "support/TempStore.h"

#include "store/GatewayStreamRepository.h"

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;
using test::isOk;

class GatewayStreamRepositoryTest : public ::testing::Test {
protected:
    test::TempStore store;
    GatewayStreamRepository streams{store.db()};
    const QString key = u"木棉纪旗舰店:小美"_s;
};

TEST_F(GatewayStreamRepositoryTest, IsZeroWhenNothingWasPersisted) {
    auto seq = streams.lastSeq(key);
    ASSERT_TRUE(isOk(seq));
    EXPECT_EQ(*seq, 0);
}

TEST_F(GatewayStreamRepositoryTest, StoresTheSeqAndNeverLowersIt) {
    ASSERT_TRUE(isOk(streams.setLastSeq(key, 42)));
    EXPECT_EQ(*streams.lastSeq(key), 42);
    ASSERT_TRUE(isOk(streams.setLastSeq(key, 7)));
    EXPECT_EQ(*streams.lastSeq(key), 42);
    ASSERT_TRUE(isOk(streams.setLastSeq(key, 9007199254740991)));  // 2^53 - 1, the protocol's largest seq
    EXPECT_EQ(*streams.lastSeq(key), 9007199254740991);
}

TEST_F(GatewayStreamRepositoryTest, StreamsAreKeptApart) {
    ASSERT_TRUE(isOk(streams.setLastSeq(key, 5)));
    ASSERT_TRUE(isOk(streams.setLastSeq(u"木棉纪旗舰店:阿强"_s, 99)));
    EXPECT_EQ(*streams.lastSeq(key), 5);
    EXPECT_EQ(*streams.lastSeq(u"木棉纪旗舰店:阿强"_s), 99);
}

TEST_F(GatewayStreamRepositoryTest, SurvivesAReopen) {
    ASSERT_TRUE(isOk(streams.setLastSeq(key, 12)));
    auto reopened = Database::open(store.path(), u"gateway-stream-reopen"_s);
    ASSERT_TRUE(isOk(reopened));
    EXPECT_EQ(*GatewayStreamRepository(**reopened).lastSeq(key), 12);
}

}  // namespace
}  // namespace kefu
