#include "core/TaobaoId.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::TaobaoId;

namespace {

TEST(TaobaoId, AcceptsOneToNineteenDigitsWithoutLeadingZero) {
    EXPECT_TRUE(TaobaoId::isValid(u"1"_s));
    EXPECT_TRUE(TaobaoId::isValid(u"3901234567890123456"_s));  // 19 digits
    EXPECT_TRUE(TaobaoId::isValid(u"9999999999999999999"_s));  // beyond qint64: ids are strings, not ints
    EXPECT_TRUE(TaobaoId::isValid(u"100"_s));
}

TEST(TaobaoId, RejectsEverythingElse) {
    EXPECT_FALSE(TaobaoId::isValid(u""_s));
    EXPECT_FALSE(TaobaoId::isValid(u"0"_s));
    EXPECT_FALSE(TaobaoId::isValid(u"0123"_s));
    EXPECT_FALSE(TaobaoId::isValid(u"39012345678901234567"_s));  // 20 digits
    EXPECT_FALSE(TaobaoId::isValid(u"-123"_s));
    EXPECT_FALSE(TaobaoId::isValid(u"+123"_s));
    EXPECT_FALSE(TaobaoId::isValid(u" 123"_s));
    EXPECT_FALSE(TaobaoId::isValid(u"123 "_s));
    EXPECT_FALSE(TaobaoId::isValid(u"12a3"_s));
    EXPECT_FALSE(TaobaoId::isValid(u"1.5"_s));
    EXPECT_FALSE(TaobaoId::isValid(u"１２３"_s));  // full-width digits
    EXPECT_FALSE(TaobaoId::isValid(u"١٢٣"_s));     // Arabic-Indic digits are digits to QChar, not to Taobao
}

}  // namespace
