#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kefu {

enum class CustomerLevel { New, Returning, Vip };  // 新客 老客 VIP

QString customerLevelLabel(CustomerLevel level);
QString customerLevelKey(CustomerLevel level);  // "new", "returning", "vip"
std::optional<CustomerLevel> customerLevelFromKey(QStringView key);
QList<CustomerLevel> allCustomerLevels();

// A merchant's own label on a buyer ("爱砍价", "大码"), with the colour it is shown in.
struct CustomerTag {
    QString name;
    QString colorHex;  // "#e5484d"
    bool operator==(const CustomerTag&) const = default;
};

struct Customer {
    qint64 id = 0;
    QString buyerNick;
    CustomerLevel level = CustomerLevel::New;
    QList<CustomerTag> tags;
    QString note;
    std::optional<QDate> birthday;
    QString phone;    // kept whole in the store; masked for display (Masking)
    QString address;  // kept whole in the store; masked for display
    qint64 createdAtMs = 0;
};

}  // namespace kefu
