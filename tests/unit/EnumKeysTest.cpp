// Every enum value has a stored key, a Chinese label and a way back; the keys match the schema's CHECK lists.
#include "core/Agent.h"
#include "core/Conversation.h"
#include "core/Customer.h"
#include "core/Message.h"
#include "core/Promotion.h"
#include "core/QuickPhrase.h"
#include "core/RefundStatus.h"
#include "core/TradeStatus.h"

#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

template <typename Enum>
struct EnumFunctions {
    QList<Enum> (*all)();
    QString (*key)(Enum);
    std::optional<Enum> (*fromKey)(QStringView);
    QString (*label)(Enum);  // may be null: some enums have no label
};

// The enum's values are 0..n-1 and all() lists them in order; one past the end has no key, so a value added to the
// enum but not to all() (or to the key switch) fails here.
template <typename Enum>
void checkEnum(const EnumFunctions<Enum>& f, const QStringList& expectedKeys) {
    const QList<Enum> all = f.all();
    ASSERT_EQ(all.size(), expectedKeys.size());
    EXPECT_TRUE(f.key(static_cast<Enum>(all.size())).isEmpty()) << "an enum value is missing from all()";
    QSet<QString> labels;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Enum value = all[i];
        EXPECT_EQ(static_cast<qsizetype>(value), i);
        const QString key = f.key(value);
        EXPECT_EQ(key, expectedKeys[i]);
        ASSERT_TRUE(f.fromKey(key).has_value()) << key.toStdString();
        EXPECT_EQ(*f.fromKey(key), value);
        EXPECT_FALSE(f.fromKey(QString(u' ' % key)).has_value());
        if (key != key.toUpper()) {
            EXPECT_FALSE(f.fromKey(key.toUpper()).has_value()) << "keys are case-sensitive";
        } else {
            EXPECT_FALSE(f.fromKey(key.toLower()).has_value()) << "names are case-sensitive";
        }
        if (f.label) {
            const QString label = f.label(value);
            EXPECT_FALSE(label.isEmpty()) << key.toStdString();
            labels.insert(label);
        }
    }
    EXPECT_FALSE(f.fromKey(u""_s).has_value());
    EXPECT_FALSE(f.fromKey(u"unknown"_s).has_value());
    if (f.label) {
        EXPECT_TRUE(f.label(static_cast<Enum>(all.size())).isEmpty());
    }
}

TEST(EnumKeys, AgentRole) {
    checkEnum<AgentRole>({&allAgentRoles, &agentRoleKey, &agentRoleFromKey, &agentRoleLabel},
                         {u"presale"_s, u"aftersale"_s, u"supervisor"_s, u"admin"_s});
    EXPECT_EQ(agentRoleLabel(AgentRole::PreSale), u"售前客服"_s);
    EXPECT_EQ(agentRoleLabel(AgentRole::Supervisor), u"客服主管"_s);
}

TEST(EnumKeys, AgentStatus) {
    checkEnum<AgentStatus>({&allAgentStatuses, &agentStatusKey, &agentStatusFromKey, &agentStatusLabel},
                           {u"online"_s, u"away"_s, u"offline"_s});
    EXPECT_EQ(agentStatusLabel(AgentStatus::Away), u"挂起"_s);
}

TEST(EnumKeys, Channel) {
    checkEnum<Channel>({&allChannels, &channelKey, &channelFromKey, &channelLabel},
                       {u"taobao"_s, u"tmall"_s, u"qianniu"_s, u"other"_s});
    EXPECT_EQ(channelLabel(Channel::Tmall), u"天猫"_s);
}

TEST(EnumKeys, ConversationStatus) {
    checkEnum<ConversationStatus>(
        {&allConversationStatuses, &conversationStatusKey, &conversationStatusFromKey, &conversationStatusLabel},
        {u"waiting"_s, u"in_progress"_s, u"closed"_s});
    EXPECT_EQ(conversationStatusLabel(ConversationStatus::Waiting), u"待回复"_s);
}

TEST(EnumKeys, CustomerLevel) {
    checkEnum<CustomerLevel>({&allCustomerLevels, &customerLevelKey, &customerLevelFromKey, &customerLevelLabel},
                             {u"new"_s, u"returning"_s, u"vip"_s});
    EXPECT_EQ(customerLevelLabel(CustomerLevel::Returning), u"老客"_s);
}

TEST(EnumKeys, MessageEnums) {
    checkEnum<MessageDirection>({&allMessageDirections, &messageDirectionKey, &messageDirectionFromKey, nullptr},
                                {u"buyer"_s, u"agent"_s, u"system"_s});
    checkEnum<MessageKind>({&allMessageKinds, &messageKindKey, &messageKindFromKey, nullptr},
                           {u"text"_s, u"image"_s, u"product_card"_s, u"order_card"_s, u"system_notice"_s});
    checkEnum<MessageStatus>({&allMessageStatuses, &messageStatusKey, &messageStatusFromKey, &messageStatusLabel},
                             {u"queued"_s, u"sent"_s, u"delivered"_s, u"failed"_s});
    EXPECT_EQ(messageStatusLabel(MessageStatus::Failed), u"发送失败"_s);
}

TEST(EnumKeys, PromotionType) {
    checkEnum<PromotionType>({&allPromotionTypes, &promotionTypeKey, &promotionTypeFromKey, &promotionTypeLabel},
                             {u"full_reduction"_s, u"discount"_s, u"gift"_s});
    EXPECT_EQ(promotionTypeLabel(PromotionType::FullReduction), u"满减"_s);
}

TEST(EnumKeys, PhraseScope) {
    checkEnum<PhraseScope>({&allPhraseScopes, &phraseScopeKey, &phraseScopeFromKey, &phraseScopeLabel},
                           {u"shop"_s, u"personal"_s});
    EXPECT_EQ(phraseScopeLabel(PhraseScope::Personal), u"个人"_s);
}

TEST(EnumKeys, AfterSaleType) {
    checkEnum<AfterSaleType>({&allAfterSaleTypes, &afterSaleTypeKey, &afterSaleTypeFromKey, &afterSaleTypeLabel},
                             {u"refund_only"_s, u"return_refund"_s, u"exchange"_s, u"repair"_s});
    EXPECT_EQ(afterSaleTypeLabel(AfterSaleType::ReturnAndRefund), u"退货退款"_s);
}

TEST(EnumKeys, RefundStatus) {
    checkEnum<RefundStatus>({&allRefundStatuses, &refundStatusName, &refundStatusFromName, &refundStatusLabel},
                            {u"WAIT_SELLER_AGREE"_s, u"WAIT_BUYER_RETURN_GOODS"_s, u"WAIT_SELLER_CONFIRM_GOODS"_s,
                             u"SELLER_REFUSE_BUYER"_s, u"CLOSED"_s, u"SUCCESS"_s});
    EXPECT_EQ(refundStatusLabel(RefundStatus::Success), u"退款成功"_s);
}

TEST(EnumKeys, TradeStatus) {
    checkEnum<TradeStatus>(
        {&allTradeStatuses, &tradeStatusName, &tradeStatusFromName, &tradeStatusLabel},
        {u"TRADE_NO_CREATE_PAY"_s, u"WAIT_BUYER_PAY"_s, u"SELLER_CONSIGNED_PART"_s, u"WAIT_SELLER_SEND_GOODS"_s,
         u"WAIT_BUYER_CONFIRM_GOODS"_s, u"TRADE_BUYER_SIGNED"_s, u"TRADE_FINISHED"_s, u"TRADE_CLOSED"_s,
         u"TRADE_CLOSED_BY_TAOBAO"_s, u"PAY_PENDING"_s, u"WAIT_PRE_AUTH_CONFIRM"_s});
    for (const TradeStatus s : allTradeStatuses()) {
        EXPECT_FALSE(tradeStatusShortLabel(s).isEmpty()) << tradeStatusName(s).toStdString();
    }
    EXPECT_TRUE(tradeStatusShortLabel(static_cast<TradeStatus>(allTradeStatuses().size())).isEmpty());
    EXPECT_EQ(tradeStatusLabel(TradeStatus::WaitBuyerPay), u"等待买家付款"_s);
    EXPECT_EQ(tradeStatusShortLabel(TradeStatus::WaitSellerSendGoods), u"待发货"_s);
    EXPECT_EQ(tradeStatusShortLabel(TradeStatus::WaitBuyerConfirmGoods), u"已发货"_s);
    EXPECT_EQ(tradeStatusShortLabel(TradeStatus::TradeFinished), u"交易成功"_s);
}

TEST(EnumKeys, RoleMaySeeFullContact) {
    EXPECT_FALSE(roleMaySeeFullContact(AgentRole::PreSale));
    EXPECT_TRUE(roleMaySeeFullContact(AgentRole::AfterSale));
    EXPECT_TRUE(roleMaySeeFullContact(AgentRole::Supervisor));
    EXPECT_TRUE(roleMaySeeFullContact(AgentRole::Admin));
}

// The quoted values in the CHECK of `column TEXT ...` inside `CREATE TABLE table (...)`, whether the schema
// writes it as `column IN ('a', 'b')` or as `column = 'a' OR column = 'b'` (possibly over several lines).
QStringList schemaCheckList(const QString& schema, const QString& table, const QString& column) {
    const QRegularExpression tableRe(u"CREATE TABLE "_s % table % u" \\((.*?)\\n\\)"_s,
                                     QRegularExpression::DotMatchesEverythingOption);
    const QString body = tableRe.match(schema).captured(1);
    // The column's definition runs until the next line that starts another column or a table constraint.
    const QRegularExpression columnRe(u"\\n\\s*"_s % column % u"\\s+TEXT(.*?)(?=\\n    \\w|$)"_s,
                                      QRegularExpression::DotMatchesEverythingOption);
    const QString definition = columnRe.match(body).captured(1);
    const qsizetype check = definition.indexOf(u"CHECK"_s);
    const QString list = check < 0 ? QString() : definition.mid(check);
    QStringList values;
    static const QRegularExpression quoted(u"'([^']*)'"_s);
    for (auto it = quoted.globalMatch(list); it.hasNext();) {
        values.append(it.next().captured(1));
    }
    values.removeDuplicates();
    return values;
}

template <typename Enum>
QStringList keysOf(QList<Enum> (*all)(), QString (*key)(Enum)) {
    QStringList keys;
    for (const Enum e : all()) {
        keys.append(key(e));
    }
    return keys;
}

TEST(EnumKeys, MatchTheSchemaCheckConstraints) {
    QFile file(QDir(QStringLiteral(KEFU_FIXTURES_DIR)).filePath(u"../../resources/sql/0001_init.sql"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const QString schema = QString::fromUtf8(file.readAll());
    struct Column {
        QString table;
        QString column;
        QStringList keys;
    };
    const QList<Column> columns = {
        {u"agent"_s, u"role"_s, keysOf(&allAgentRoles, &agentRoleKey)},
        {u"agent"_s, u"status"_s, keysOf(&allAgentStatuses, &agentStatusKey)},
        {u"customer"_s, u"level"_s, keysOf(&allCustomerLevels, &customerLevelKey)},
        {u"conversation"_s, u"channel"_s, keysOf(&allChannels, &channelKey)},
        {u"conversation"_s, u"status"_s, keysOf(&allConversationStatuses, &conversationStatusKey)},
        {u"message"_s, u"direction"_s, keysOf(&allMessageDirections, &messageDirectionKey)},
        {u"message"_s, u"kind"_s, keysOf(&allMessageKinds, &messageKindKey)},
        {u"message"_s, u"status"_s, keysOf(&allMessageStatuses, &messageStatusKey)},
        {u"promotion"_s, u"type"_s, keysOf(&allPromotionTypes, &promotionTypeKey)},
        {u"after_sale_case"_s, u"type"_s, keysOf(&allAfterSaleTypes, &afterSaleTypeKey)},
        {u"quick_phrase"_s, u"scope"_s, keysOf(&allPhraseScopes, &phraseScopeKey)},
        {u"trade"_s, u"status"_s, keysOf(&allTradeStatuses, &tradeStatusName)},
        {u"after_sale_case"_s, u"status"_s, keysOf(&allRefundStatuses, &refundStatusName)},
    };
    for (const Column& c : columns) {
        QStringList inSchema = schemaCheckList(schema, c.table, c.column);
        QStringList inCore = c.keys;
        inSchema.sort();
        inCore.sort();
        EXPECT_EQ(inSchema, inCore) << QString(c.table % u'.' % c.column).toStdString();
    }
}

}  // namespace
