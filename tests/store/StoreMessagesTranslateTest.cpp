// The store's user-facing messages go through QCoreApplication::translate (context "kefu::Store"), so the English
// workbench shows English errors; the values filled into a sentence survive the translation.
#include "support/TempStore.h"

#include "core/Money.h"
#include "store/AfterSaleRepository.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

// Marks every store text it is asked for, so a test sees which texts were translated (the .qm is not needed).
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* /*disambiguation*/,
                      int /*n*/) const override {
        if (qstrcmp(context, "kefu::Store") != 0) {
            return {};
        }
        return u"EN:"_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Installed for each test and always removed again, so other suites keep seeing Chinese.
class StoreMessagesTranslateTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(QCoreApplication::installTranslator(&m_translator)); }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    test::TempStore m_store;

private:
    MarkingTranslator m_translator;
};

TEST_F(StoreMessagesTranslateTest, UnknownAgentNickIsTranslatedAndNamed) {
    AgentRepository agents(m_store.db());
    const Result<Agent> missing = agents.findByNick(u"店:无此人"_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().message, u"EN:找不到客服“店:无此人”"_s);
    EXPECT_EQ(missing.error().detail, u"agent nick 店:无此人"_s);  // the log keeps its technical text
}

TEST_F(StoreMessagesTranslateTest, MissingConversationIsTranslated) {
    ConversationRepository conversations(m_store.db());
    const Result<Conversation> missing = conversations.find(424242);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().message, u"EN:会话不存在或已被删除"_s);
}

TEST_F(StoreMessagesTranslateTest, AfterSaleRefusalsAreTranslated) {
    AfterSaleRepository cases(m_store.db());
    AfterSaleCase c;
    c.refundId = u"9001"_s;
    c.tid = u"1234567890123"_s;
    c.amount = Money::fromFen(-1);
    const Result<qint64> negative = cases.create(c, u"店:阿七"_s);
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(negative.error().message, u"EN:退款金额不能为负数"_s);

    // One sentence with the tid filled in, not pieces glued around it.
    c.amount = Money::fromFen(100);
    const Result<qint64> unknownTrade = cases.create(c, u"店:阿七"_s);
    ASSERT_FALSE(unknownTrade.ok());
    EXPECT_EQ(unknownTrade.error().code, ErrorCode::Constraint);
    EXPECT_EQ(unknownTrade.error().message, u"EN:订单 1234567890123 不存在，不能登记售后"_s);
}

// A driver error joins the caller's context and SQLite's reason; the joint is translated too (": " in English).
TEST_F(StoreMessagesTranslateTest, DriverErrorJoinsTranslatedContextAndReason) {
    AgentRepository agents(m_store.db());
    const Agent agent{0, u"店:小美"_s, u"小美"_s, AgentRole::PreSale, AgentStatus::Online};
    ASSERT_TRUE(agents.add(agent).ok());
    const Result<qint64> again = agents.add(agent);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Constraint);
    EXPECT_EQ(again.error().message, u"EN:EN:添加客服“店:小美”失败：EN:已存在相同的记录（重复）"_s);
}

}  // namespace
}  // namespace kefu
