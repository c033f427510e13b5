#include "core/Masking.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::Masking;

namespace {

TEST(MaskingPhone, MobileKeepsFirstThreeAndLastFour) {
    EXPECT_EQ(Masking::phone(u"13812341234"_s), u"138****1234"_s);
    EXPECT_EQ(Masking::phone(u"+86 138 1234 1234"_s), u"138****1234"_s);
    EXPECT_EQ(Masking::phone(u"+86-138-1234-1234"_s), u"138****1234"_s);
    EXPECT_EQ(Masking::phone(u"  15900001111 "_s), u"159****1111"_s);
}

TEST(MaskingPhone, LandlineKeepsAreaCodeAndLastFour) {
    EXPECT_EQ(Masking::phone(u"0571-88886666"_s), u"0571-****6666"_s);
    EXPECT_EQ(Masking::phone(u"010-12345678"_s), u"010-****5678"_s);
    EXPECT_EQ(Masking::phone(u"057188886666"_s), u"0571-****6666"_s);
    EXPECT_EQ(Masking::phone(u"0571-88886666-801"_s), u"0571-****6666"_s);
}

TEST(MaskingPhone, ShortNumbersShowOnlyTheLastTwo) {
    EXPECT_EQ(Masking::phone(u"123456"_s), u"****56"_s);
    EXPECT_EQ(Masking::phone(u"95"_s), u"**"_s);
    EXPECT_EQ(Masking::phone(u"1"_s), u"*"_s);
}

TEST(MaskingPhone, OtherNumbersShowOnlyTheLastFour) {
    EXPECT_EQ(Masking::phone(u"88886666"_s), u"****6666"_s);
    EXPECT_EQ(Masking::phone(u"+1 415 555 0100"_s), u"****0100"_s);
    EXPECT_EQ(Masking::phone(u""_s), QString());
}

TEST(MaskingPhone, NeverShowsTheMiddleDigits) {
    for (const QString& phone : {u"13812345678"_s, u"0571-12345678"_s, u"12345678"_s, u"+86 13812345678"_s}) {
        EXPECT_FALSE(Masking::phone(phone).contains(u"234"_s)) << phone.toStdString();
    }
}

TEST(MaskingAddress, KeepsTheAdministrativePart) {
    EXPECT_EQ(Masking::address(u"浙江省杭州市西湖区文三路100号"_s), u"浙江省杭州市西湖区****"_s);
    EXPECT_EQ(Masking::address(u"北京市朝阳区望京街道8号院3号楼"_s), u"北京市朝阳区****"_s);
    EXPECT_EQ(Masking::address(u"上海市浦东新区张江路88弄"_s), u"上海市浦东新区****"_s);
    EXPECT_EQ(Masking::address(u"广西壮族自治区南宁市青秀区民族大道1号"_s), u"广西壮族自治区南宁市****"_s);
    EXPECT_EQ(Masking::address(u"吉林省延边朝鲜族自治州延吉市"_s), u"吉林省延边朝鲜族自治州****"_s);
    EXPECT_EQ(Masking::address(u"内蒙古锡林郭勒盟锡林浩特市"_s), u"内蒙古锡林郭勒盟****"_s);
    EXPECT_EQ(Masking::address(u"内蒙古鄂尔多斯市鄂托克旗乌兰镇"_s), u"内蒙古鄂尔多斯市鄂托克旗****"_s);
    EXPECT_EQ(Masking::address(u"江苏省沭阳县章集镇幸福路"_s), u"江苏省沭阳县****"_s);
}

TEST(MaskingAddress, DoesNotMistakeACityNameForAMarker) {
    // 州 alone is not a marker: 杭州 and 苏州 are names, only 自治州 is a level.
    EXPECT_EQ(Masking::address(u"杭州文三路100号"_s), u"****"_s);
    EXPECT_EQ(Masking::address(u"江苏苏州工业园区星湖街"_s), u"江苏苏州工业园区****"_s);
}

TEST(MaskingAddress, OnlyLooksAtTheStartForMarkers) {
    // A 区 deep in the street detail (小区) must not reveal the street.
    EXPECT_EQ(Masking::address(u"浙江省杭州市文三路阳光花园小区3幢"_s), u"浙江省杭州市****"_s);
}

TEST(MaskingAddress, StreetWordsWithMarkerCharactersAreNotMarkers) {
    EXPECT_EQ(Masking::address(u"文三路阳光花园小区3幢"_s), u"****"_s);
    EXPECT_EQ(Masking::address(u"西湖区翠苑社区12号"_s), u"西湖区****"_s);
    EXPECT_EQ(Masking::address(u"余杭区农贸市场东门"_s), u"余杭区****"_s);
    EXPECT_EQ(Masking::address(u"滨江区联华超市二楼"_s), u"滨江区****"_s);
    EXPECT_EQ(Masking::address(u"萧山区优衣坊旗舰店"_s), u"萧山区****"_s);
}

TEST(MaskingAddress, EmptyAndPurelyAdministrative) {
    EXPECT_EQ(Masking::address(u""_s), QString());
    EXPECT_EQ(Masking::address(u"  "_s), QString());
    EXPECT_EQ(Masking::address(u"浙江省杭州市"_s), u"浙江省杭州市"_s);
}

TEST(MaskingName, FirstCharacterThenOneStarPerCharacter) {
    EXPECT_EQ(Masking::name(u"张三丰"_s), u"张**"_s);
    EXPECT_EQ(Masking::name(u"李四"_s), u"李*"_s);
    EXPECT_EQ(Masking::name(u"王"_s), u"*"_s);
    EXPECT_EQ(Masking::name(u"欧阳娜娜"_s), u"欧***"_s);
    EXPECT_EQ(Masking::name(u"Tom"_s), u"T**"_s);
    EXPECT_EQ(Masking::name(u""_s), QString());
}

TEST(MaskingName, CountsCharactersNotUtf16Units) {
    const QString rare = QString::fromUcs4(U"𠮷野家", 3);  // 𠮷 is outside the BMP
    EXPECT_EQ(Masking::name(rare), QString::fromUcs4(U"𠮷", 1) % u"**"_s);
    EXPECT_EQ(Masking::name(QString::fromUcs4(U"陈𠮷", 2)), u"陈*"_s);
}

}  // namespace
