#include "core/PhraseTemplate.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::PhraseTemplate;

namespace {

TEST(PhraseTemplate, KnownVariables) {
    EXPECT_EQ(PhraseTemplate::knownVariables(), (QStringList{u"买家昵称"_s, u"订单号"_s, u"物流公司"_s, u"物流单号"_s,
                                                             u"店铺名"_s, u"客服昵称"_s, u"商品名"_s}));
}

TEST(PhraseTemplate, VariablesInOrderOfFirstAppearanceWithoutDuplicates) {
    EXPECT_EQ(PhraseTemplate::variables(u"亲爱的{买家昵称}，您的订单{订单号}已由{物流公司}发出，{买家昵称}请查收"_s),
              (QStringList{u"买家昵称"_s, u"订单号"_s, u"物流公司"_s}));
    EXPECT_EQ(PhraseTemplate::variables(u"{a1}{B2}{名字3}"_s), (QStringList{u"a1"_s, u"B2"_s, u"名字3"_s}));
    EXPECT_EQ(PhraseTemplate::variables(u"没有变量"_s), QStringList());
}

TEST(PhraseTemplate, BracesThatAreNotVariablesStayText) {
    EXPECT_EQ(PhraseTemplate::variables(u"{"_s), QStringList());
    EXPECT_EQ(PhraseTemplate::variables(u"{}"_s), QStringList());
    EXPECT_EQ(PhraseTemplate::variables(u"{ 空格 }"_s), QStringList());
    EXPECT_EQ(PhraseTemplate::variables(u"{a-b}{满300减40!}"_s), QStringList());
    EXPECT_EQ(PhraseTemplate::variables(u"未闭合{买家昵称"_s), QStringList());
    EXPECT_EQ(PhraseTemplate::variables(u"}{"_s), QStringList());
    EXPECT_EQ(PhraseTemplate::variables(u"{{买家昵称}}"_s), QStringList{u"买家昵称"_s});
}

TEST(PhraseTemplate, NamesMayUseCharactersOutsideTheBmp) {
    const QString name = QString::fromUcs4(U"𠮷野", 2);
    EXPECT_EQ(PhraseTemplate::variables(u'{' % name % u'}'), QStringList{name});
}

TEST(PhraseTemplate, FillReplacesKnownValues) {
    const auto filled = PhraseTemplate::fill(u"亲爱的{买家昵称}，您的订单{订单号}已发出"_s,
                                             {{u"买家昵称"_s, u"小鱼儿"_s}, {u"订单号"_s, u"3901234567890123456"_s}});
    EXPECT_EQ(filled.text, u"亲爱的小鱼儿，您的订单3901234567890123456已发出"_s);
    EXPECT_TRUE(filled.unfilled.isEmpty());
}

TEST(PhraseTemplate, FillReportsTheRestInOrderWithoutDuplicates) {
    const auto filled = PhraseTemplate::fill(u"{物流公司}{物流单号}，{买家昵称}，{物流公司}再说一次，{店铺名}"_s,
                                             {{u"买家昵称"_s, u"小鱼儿"_s}, {u"店铺名"_s, QString()}});
    EXPECT_EQ(filled.text, u"{物流公司}{物流单号}，小鱼儿，{物流公司}再说一次，{店铺名}"_s);
    EXPECT_EQ(filled.unfilled, (QStringList{u"物流公司"_s, u"物流单号"_s, u"店铺名"_s}));  // empty = not filled
}

TEST(PhraseTemplate, FillLeavesNonVariablesAndInsertedValuesAlone) {
    const auto filled = PhraseTemplate::fill(u"{} { {买家昵称} 满{300}减"_s,
                                             {{u"买家昵称"_s, u"{店铺名}"_s}, {u"店铺名"_s, u"优衣坊"_s}});
    EXPECT_EQ(filled.text, u"{} { {店铺名} 满{300}减"_s.replace(u"{300}"_s, u"{300}"_s));
    EXPECT_EQ(filled.unfilled, QStringList{u"300"_s});
}

TEST(PhraseTemplate, PendingKnownVariablesAreWhatHoldsASend) {
    EXPECT_EQ(PhraseTemplate::pendingKnownVariables(u"单号{物流单号}，满{300}减，{订单号}{物流单号}"_s),
              (QStringList{u"物流单号"_s, u"订单号"_s}));
    EXPECT_TRUE(PhraseTemplate::pendingKnownVariables(u"满{300}减，{ 订单号 }"_s).isEmpty());
}

TEST(PhraseTemplate, FillOfEmptyBody) {
    const auto filled = PhraseTemplate::fill(QString(), {});
    EXPECT_EQ(filled.text, QString());
    EXPECT_TRUE(filled.unfilled.isEmpty());
}

}  // namespace
