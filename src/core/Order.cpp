#include "core/Order.h"

#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kZipDigits = 6;

bool isZip(const QString& zip) {
    if (zip.size() != kZipDigits) {
        return false;
    }
    for (const QChar c : zip) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

}  // namespace

QString Receiver::fullAddress() const {
    QStringList parts;
    for (const QString& part : {province, city, district, address}) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty()) {
            parts.append(trimmed);
        }
    }
    return parts.join(u' ');
}

int ReceiverRules::gbkByteLength(const QString& text) {
    // GB18030 stores ASCII in 1 byte, the rest of the BMP in 2 and supplementary characters in 4.
    int bytes = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        bytes += c < 0x80 ? 1 : (c <= 0xFFFF ? 2 : 4);
    }
    return bytes;
}

std::optional<ReceiverProblem> ReceiverRules::check(const Receiver& r) {
    if (r.name.trimmed().isEmpty()) {
        return ReceiverProblem::NameMissing;
    }
    if (gbkByteLength(r.name) > kMaxNameBytes) {
        return ReceiverProblem::NameTooLong;
    }
    if (r.phone.trimmed().isEmpty()) {
        return ReceiverProblem::PhoneMissing;
    }
    if (!PhoneNumber::isMobileOrLandline(r.phone)) {
        return ReceiverProblem::PhoneInvalid;
    }
    if (r.province.trimmed().isEmpty()) {
        return ReceiverProblem::ProvinceMissing;
    }
    if (r.city.trimmed().isEmpty()) {
        return ReceiverProblem::CityMissing;
    }
    if (r.address.trimmed().isEmpty()) {
        return ReceiverProblem::AddressMissing;
    }
    if (gbkByteLength(r.address) > kMaxAddressBytes) {
        return ReceiverProblem::AddressTooLong;
    }
    if (!r.zip.isEmpty() && !isZip(r.zip)) {
        return ReceiverProblem::ZipInvalid;
    }
    return std::nullopt;
}

QString ReceiverRules::validate(const Receiver& r) {
    const auto problem = check(r);
    if (!problem) {
        return {};
    }
    switch (*problem) {
        case ReceiverProblem::NameMissing:
            return QCoreApplication::translate("kefu::ReceiverRules", "请填写收货人姓名");
        case ReceiverProblem::NameTooLong:
            return QCoreApplication::translate("kefu::ReceiverRules", "收货人姓名不能超过%1个字节（一个汉字计2个字节）")
                .arg(kMaxNameBytes);
        case ReceiverProblem::PhoneMissing:
            return QCoreApplication::translate("kefu::ReceiverRules", "请填写收货人联系电话");
        case ReceiverProblem::PhoneInvalid:
            return QCoreApplication::translate(
                "kefu::ReceiverRules", "联系电话格式不正确：请填写11位手机号，或带区号的固定电话（如 0571-88886666）");
        case ReceiverProblem::ProvinceMissing:
            return QCoreApplication::translate("kefu::ReceiverRules", "请选择省份");
        case ReceiverProblem::CityMissing:
            return QCoreApplication::translate("kefu::ReceiverRules", "请选择城市");
        case ReceiverProblem::AddressMissing:
            return QCoreApplication::translate("kefu::ReceiverRules", "请填写详细地址");
        case ReceiverProblem::AddressTooLong:
            return QCoreApplication::translate("kefu::ReceiverRules", "详细地址不能超过%1个字节（一个汉字计2个字节）")
                .arg(kMaxAddressBytes);
        case ReceiverProblem::ZipInvalid:
            return QCoreApplication::translate("kefu::ReceiverRules", "邮政编码应为6位数字");
    }
    return {};
}

}  // namespace kefu
