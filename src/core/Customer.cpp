#include "core/Customer.h"

#include "core/EnumLookup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

QString customerLevelLabel(CustomerLevel level) {
    switch (level) {
        case CustomerLevel::New:
            return QCoreApplication::translate("kefu::Labels", "新客");
        case CustomerLevel::Returning:
            return QCoreApplication::translate("kefu::Labels", "老客");
        case CustomerLevel::Vip:
            return QCoreApplication::translate("kefu::Labels", "VIP");
    }
    return {};
}

QString customerLevelKey(CustomerLevel level) {
    switch (level) {
        case CustomerLevel::New:
            return u"new"_s;
        case CustomerLevel::Returning:
            return u"returning"_s;
        case CustomerLevel::Vip:
            return u"vip"_s;
    }
    return {};
}

std::optional<CustomerLevel> customerLevelFromKey(QStringView key) {
    return enumFromKey(allCustomerLevels(), &customerLevelKey, key);
}

QList<CustomerLevel> allCustomerLevels() {
    return {CustomerLevel::New, CustomerLevel::Returning, CustomerLevel::Vip};
}

}  // namespace kefu
