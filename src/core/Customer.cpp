#include "core/Customer.h"

#include "core/EnumLookup.h"

using namespace Qt::StringLiterals;

namespace kefu {

QString customerLevelLabel(CustomerLevel level) {
    switch (level) {
        case CustomerLevel::New:
            return u"新客"_s;
        case CustomerLevel::Returning:
            return u"老客"_s;
        case CustomerLevel::Vip:
            return u"VIP"_s;
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
