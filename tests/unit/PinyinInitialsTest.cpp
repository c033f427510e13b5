#include "core/PinyinInitials.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::PinyinInitials;

namespace {

quint32 bit(char letter) {
    return 1u << (letter - 'a');
}

TEST(PinyinInitialsTable, PolyphonicCharactersHaveEveryInitial) {
    EXPECT_EQ(PinyinInitials::initialsMask(U'行'), bit('x') | bit('h'));
    EXPECT_EQ(PinyinInitials::initialsMask(U'长'), bit('c') | bit('z'));
}

TEST(PinyinInitialsTable, OnlyTheListedFieldsCount) {
    // kHanyuPinyin also lists fú for 还; the table reads kMandarin, kHanyuPinlu, kXHC1983 and kTGHZ2013 only.
    EXPECT_EQ(PinyinInitials::initialsMask(U'还'), bit('h'));
    EXPECT_EQ(PinyinInitials::initialsMask(U'发'), bit('f'));
    EXPECT_EQ(PinyinInitials::initialsMask(U'货'), bit('h'));
    EXPECT_EQ(PinyinInitials::initialsMask(U'绿'), bit('l'));  // lǜ: ü decomposes to u, not dropped
}

TEST(PinyinInitialsTable, NonHanHasNoMask) {
    EXPECT_EQ(PinyinInitials::initialsMask(U'a'), 0u);
    EXPECT_EQ(PinyinInitials::initialsMask(U'Z'), 0u);
    EXPECT_EQ(PinyinInitials::initialsMask(U'7'), 0u);
    EXPECT_EQ(PinyinInitials::initialsMask(U'，'), 0u);
    EXPECT_EQ(PinyinInitials::initialsMask(U'あ'), 0u);
    EXPECT_EQ(PinyinInitials::firstInitial(U'a'), 0);
}

TEST(PinyinInitialsTable, RareExtensionCharactersAreCovered) {
    EXPECT_EQ(PinyinInitials::initialsMask(U'\U00003400'), bit('q'));  // 㐀 qiū, Extension A
    EXPECT_EQ(PinyinInitials::initialsMask(U'\U00020000'), bit('h'));  // 𠀀 hē, Extension B
}

TEST(PinyinInitialsTable, FirstInitialFollowsKMandarin) {
    EXPECT_EQ(PinyinInitials::firstInitial(U'行'), 'x');
    EXPECT_EQ(PinyinInitials::firstInitial(U'长'), 'z');
    EXPECT_EQ(PinyinInitials::firstInitial(U'还'), 'h');
}

TEST(PinyinInitialsMatches, WholeWordAndInsideLongerText) {
    EXPECT_TRUE(PinyinInitials::matches(u"发货"_s, u"fh"));
    EXPECT_TRUE(PinyinInitials::matches(u"什么时候发货"_s, u"fh"));
    EXPECT_TRUE(PinyinInitials::matches(u"退款"_s, u"tk"));
    EXPECT_TRUE(PinyinInitials::matches(u"亲，退款已经处理"_s, u"tkyj"));
    EXPECT_TRUE(PinyinInitials::matches(u"什么时候发货"_s, u"s"));
    EXPECT_TRUE(PinyinInitials::matches(u"什么时候发货"_s, u""));
}

TEST(PinyinInitialsMatches, AnyReadingOfAPolyphonicCharacter) {
    EXPECT_TRUE(PinyinInitials::matches(u"银行"_s, u"yh"));
    EXPECT_TRUE(PinyinInitials::matches(u"银行"_s, u"yx"));
    EXPECT_FALSE(PinyinInitials::matches(u"银行"_s, u"yc"));
}

TEST(PinyinInitialsMatches, RunsDoNotSkipOrCrossCharactersThatDoNotFit) {
    EXPECT_FALSE(PinyinInitials::matches(u"发了货"_s, u"fh"));
    EXPECT_FALSE(PinyinInitials::matches(u"发，货"_s, u"fh"));
    EXPECT_FALSE(PinyinInitials::matches(u"发货"_s, u"fhx"));
    EXPECT_FALSE(PinyinInitials::matches(u"退款"_s, u"kt"));
    EXPECT_FALSE(PinyinInitials::matches(u"退款"_s, u"退"));
}

TEST(PinyinInitialsMatches, AsciiLettersAndDigitsMatchThemselves) {
    EXPECT_TRUE(PinyinInitials::matches(u"XL码偏大"_s, u"xlm"));
    EXPECT_TRUE(PinyinInitials::matches(u"XL码偏大"_s, u"XLM"));
    EXPECT_TRUE(PinyinInitials::matches(u"满199减20"_s, u"199j"));
    EXPECT_FALSE(PinyinInitials::matches(u"XL码"_s, u"xm"));
}

TEST(PinyinInitialsMatches, SupplementaryCharactersCountAsOne) {
    EXPECT_TRUE(PinyinInitials::matches(u"a\U00020000b"_s, u"ahb"));
}

TEST(PinyinInitialsInitials, FirstInitialPerCharacter) {
    EXPECT_EQ(PinyinInitials::initials(u"XL码发货"), u"xlmfh"_s);
    EXPECT_EQ(PinyinInitials::initials(u"银行，长城"), u"yxzc"_s);
    EXPECT_EQ(PinyinInitials::initials(u""), QString());
}

}  // namespace
