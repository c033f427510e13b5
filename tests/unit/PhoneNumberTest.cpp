#include "core/PhoneNumber.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::PhoneNumber;

namespace {

TEST(PhoneNumber, NormalisesMobiles) {
    EXPECT_EQ(PhoneNumber::mobileDigits(u"13812341234"_s), u"13812341234"_s);
    EXPECT_EQ(PhoneNumber::mobileDigits(u"+86 138 1234 1234"_s), u"13812341234"_s);
    EXPECT_EQ(PhoneNumber::mobileDigits(u"+8613812341234"_s), u"13812341234"_s);
    EXPECT_EQ(PhoneNumber::mobileDigits(u"008613812341234"_s), u"13812341234"_s);
    EXPECT_EQ(PhoneNumber::mobileDigits(u"8613812341234"_s), u"13812341234"_s);
    EXPECT_EQ(PhoneNumber::mobileDigits(u" 138-1234-1234 "_s), u"13812341234"_s);
}

TEST(PhoneNumber, RejectsWhatIsNotAMobile) {
    EXPECT_EQ(PhoneNumber::mobileDigits(u""_s), QString());
    EXPECT_EQ(PhoneNumber::mobileDigits(u"1381234123"_s), QString());    // 10 digits
    EXPECT_EQ(PhoneNumber::mobileDigits(u"138123412345"_s), QString());  // 12 digits
    EXPECT_EQ(PhoneNumber::mobileDigits(u"23812341234"_s), QString());
    EXPECT_EQ(PhoneNumber::mobileDigits(u"12812341234"_s), QString());
    EXPECT_EQ(PhoneNumber::mobileDigits(u"1381234123a"_s), QString());
    EXPECT_EQ(PhoneNumber::mobileDigits(u"138+12341234"_s), QString());
    EXPECT_EQ(PhoneNumber::mobileDigits(u"+1 13812341234"_s), QString());
    EXPECT_EQ(PhoneNumber::mobileDigits(u"0571-88886666"_s), QString());
}

TEST(PhoneNumber, ParsesLandlines) {
    auto l = PhoneNumber::parseLandline(u"0571-88886666"_s);
    ASSERT_TRUE(l);
    EXPECT_EQ(l->areaCode, u"0571"_s);
    EXPECT_EQ(l->number, u"88886666"_s);

    l = PhoneNumber::parseLandline(u"010-12345678-801"_s);
    ASSERT_TRUE(l);
    EXPECT_EQ(l->areaCode, u"010"_s);
    EXPECT_EQ(l->number, u"12345678"_s);

    l = PhoneNumber::parseLandline(u"01012345678"_s);  // no separator: 010 is a three-digit code
    ASSERT_TRUE(l);
    EXPECT_EQ(l->areaCode, u"010"_s);
    EXPECT_EQ(l->number, u"12345678"_s);

    l = PhoneNumber::parseLandline(u"05718888666"_s);
    ASSERT_TRUE(l);
    EXPECT_EQ(l->areaCode, u"0571"_s);
    EXPECT_EQ(l->number, u"8888666"_s);

    l = PhoneNumber::parseLandline(u"0755 8888 6666"_s);
    EXPECT_FALSE(l);  // spaces inside the local number are not a format we guess at
}

TEST(PhoneNumber, RejectsWhatIsNotALandline) {
    EXPECT_FALSE(PhoneNumber::parseLandline(u""_s));
    EXPECT_FALSE(PhoneNumber::parseLandline(u"88886666"_s));  // no area code
    EXPECT_FALSE(PhoneNumber::parseLandline(u"13812341234"_s));
    EXPECT_FALSE(PhoneNumber::parseLandline(u"0571-888866"_s));     // 6-digit local number
    EXPECT_FALSE(PhoneNumber::parseLandline(u"0571-888866667"_s));  // 9-digit local number
    EXPECT_FALSE(PhoneNumber::parseLandline(u"010123456"_s));
    EXPECT_FALSE(PhoneNumber::parseLandline(u"0571-8888a666"_s));
}

TEST(PhoneNumber, MobileOrLandline) {
    EXPECT_TRUE(PhoneNumber::isMobileOrLandline(u"13812341234"_s));
    EXPECT_TRUE(PhoneNumber::isMobileOrLandline(u"0571-88886666"_s));
    EXPECT_FALSE(PhoneNumber::isMobileOrLandline(u"12345"_s));
    EXPECT_FALSE(PhoneNumber::isMobileOrLandline(u"电话"_s));
}

}  // namespace
