#include "core/Order.h"

#include "QtPrinters.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

Receiver validReceiver() {
    Receiver r;
    r.name = u"张三"_s;
    r.phone = u"13812341234"_s;
    r.province = u"浙江省"_s;
    r.city = u"杭州市"_s;
    r.district = u"西湖区"_s;
    r.address = u"文三路100号"_s;
    r.zip = u"310000"_s;
    return r;
}

TEST(Receiver, FullAddressJoinsTheNonEmptyParts) {
    Receiver r = validReceiver();
    EXPECT_EQ(r.fullAddress(), u"浙江省 杭州市 西湖区 文三路100号"_s);
    r.district.clear();
    EXPECT_EQ(r.fullAddress(), u"浙江省 杭州市 文三路100号"_s);
    EXPECT_EQ(Receiver().fullAddress(), QString());
}

TEST(ReceiverRules, GbkByteLength) {
    EXPECT_EQ(ReceiverRules::gbkByteLength(QString()), 0);
    EXPECT_EQ(ReceiverRules::gbkByteLength(u"abc123"_s), 6);
    EXPECT_EQ(ReceiverRules::gbkByteLength(u"张三"_s), 4);
    EXPECT_EQ(ReceiverRules::gbkByteLength(u"文三路100号"_s), 11);
    EXPECT_EQ(ReceiverRules::gbkByteLength(u"（）"_s), 4);  // full-width punctuation is 2 bytes
    EXPECT_EQ(ReceiverRules::gbkByteLength(QString::fromUcs4(U"𠮷", 1)), 4);
    EXPECT_EQ(ReceiverRules::gbkByteLength(QString::fromUcs4(U"a𠮷张", 3)), 7);
}

TEST(ReceiverRules, GbkByteLengthMatchesAGb18030Encoder) {
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid()) {
        GTEST_SKIP() << "this Qt has no GB18030 codec";
    }
    const QString samples[] = {u"张三丰"_s, u"Zhang San"_s, u"浙江省杭州市西湖区文三路100号（近学院路）"_s,
                               QString::fromUcs4(U"𠮷野家", 3), u"€·—"_s};
    for (const QString& s : samples) {
        const QByteArray bytes = encoder.encode(s);
        EXPECT_EQ(ReceiverRules::gbkByteLength(s), bytes.size()) << s.toStdString();
    }
}

TEST(ReceiverRules, AcceptsAValidReceiver) {
    EXPECT_EQ(ReceiverRules::validate(validReceiver()), QString());
    Receiver r = validReceiver();
    r.zip.clear();
    r.district.clear();
    r.phone = u"0571-88886666"_s;
    EXPECT_EQ(ReceiverRules::validate(r), QString());
    r.phone = u"+86 138 1234 1234"_s;
    EXPECT_EQ(ReceiverRules::validate(r), QString());
}

TEST(ReceiverRules, NameIsRequiredAndLimitedInGbkBytes) {
    Receiver r = validReceiver();
    r.name = u"  "_s;
    EXPECT_EQ(ReceiverRules::validate(r), u"请填写收货人姓名"_s);
    r.name = QString(25, u'张');  // exactly 50 bytes
    EXPECT_EQ(ReceiverRules::validate(r), QString());
    r.name = QString(26, u'张');
    EXPECT_EQ(ReceiverRules::validate(r), u"收货人姓名不能超过50个字节（一个汉字计2个字节）"_s);
    r.name = QString(50, u'a');
    EXPECT_EQ(ReceiverRules::validate(r), QString());
    r.name = QString(51, u'a');
    EXPECT_FALSE(ReceiverRules::validate(r).isEmpty());
}

TEST(ReceiverRules, PhoneMustBeAMobileOrALandline) {
    Receiver r = validReceiver();
    r.phone.clear();
    EXPECT_EQ(ReceiverRules::validate(r), u"请填写收货人联系电话"_s);
    for (const QString& bad : {u"1381234123"_s, u"88886666"_s, u"12345678901"_s, u"电话"_s, u"0571-888"_s}) {
        r.phone = bad;
        EXPECT_TRUE(ReceiverRules::validate(r).startsWith(u"联系电话格式不正确"_s)) << bad.toStdString();
    }
}

TEST(ReceiverRules, ProvinceCityAndAddressAreRequired) {
    Receiver r = validReceiver();
    r.province.clear();
    EXPECT_EQ(ReceiverRules::validate(r), u"请选择省份"_s);
    r = validReceiver();
    r.city.clear();
    EXPECT_EQ(ReceiverRules::validate(r), u"请选择城市"_s);
    r = validReceiver();
    r.address = u" "_s;
    EXPECT_EQ(ReceiverRules::validate(r), u"请填写详细地址"_s);
}

TEST(ReceiverRules, AddressIsLimitedInGbkBytes) {
    Receiver r = validReceiver();
    r.address = QString(114, u'路');  // 228 bytes
    EXPECT_EQ(ReceiverRules::validate(r), QString());
    r.address = QString(113, u'路') % u"1"_s;  // 227 bytes
    EXPECT_EQ(ReceiverRules::validate(r), QString());
    r.address = QString(114, u'路') % u"1"_s;  // 229 bytes
    EXPECT_EQ(ReceiverRules::validate(r), u"详细地址不能超过228个字节（一个汉字计2个字节）"_s);
}

TEST(ReceiverRules, ZipIsEmptyOrSixDigits) {
    Receiver r = validReceiver();
    for (const QString& bad : {u"31000"_s, u"3100000"_s, u"31000a"_s, u" 310000"_s, u"３１００００"_s}) {
        r.zip = bad;
        EXPECT_EQ(ReceiverRules::validate(r), u"邮政编码应为6位数字"_s) << bad.toStdString();
    }
}

}  // namespace

namespace {

TEST(ReceiverRules, CheckNamesTheFirstProblemForTheForm) {
    EXPECT_EQ(ReceiverRules::check(validReceiver()), std::nullopt);
    Receiver r = validReceiver();
    r.zip = u"31000"_s;
    EXPECT_EQ(ReceiverRules::check(r), ReceiverProblem::ZipInvalid);
    r.address = QString(115, u'路');  // 230 bytes
    EXPECT_EQ(ReceiverRules::check(r), ReceiverProblem::AddressTooLong);
    r.phone = u"12345"_s;
    EXPECT_EQ(ReceiverRules::check(r), ReceiverProblem::PhoneInvalid);
    r.name.clear();
    EXPECT_EQ(ReceiverRules::check(r), ReceiverProblem::NameMissing);
}

}  // namespace
