#pragma once

#include "core/Money.h"
#include "core/Shipment.h"
#include "core/TradeStatus.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kefu {

struct OrderItem {
    QString oid;  // sub-order id
    std::optional<qint64> productId;
    std::optional<qint64> skuId;
    QString title;
    QString skuText;  // "雾霾蓝 / M"
    int quantity = 1;
    Money price;    // unit price
    Money payment;  // what the buyer paid for this line after discounts
    bool operator==(const OrderItem&) const = default;
};

struct Receiver {
    QString name;
    QString phone;
    QString province;
    QString city;
    QString district;
    QString address;  // street and door number
    QString zip;
    QString fullAddress() const;  // province city district address
    bool operator==(const Receiver&) const = default;
};

// What is wrong with a receiver, in the order the seller's form checks it; the GUI words each one through tr().
enum class ReceiverProblem {
    NameMissing,
    NameTooLong,
    PhoneMissing,
    PhoneInvalid,
    ProvinceMissing,
    CityMissing,
    AddressMissing,
    AddressTooLong,
    ZipInvalid,
};

// Taobao's limits on a receiver when the seller changes an address.
class ReceiverRules {
public:
    static constexpr int kMaxNameBytes = 50;      // counted in GBK
    static constexpr int kMaxAddressBytes = 228;  // counted in GBK
    static int gbkByteLength(const QString& text);
    static std::optional<ReceiverProblem> check(const Receiver& r);  // the first problem, empty when valid
    static QString validate(const Receiver& r);  // empty when valid, else the reason in Chinese (for the store)
};

struct Order {
    QString tid;
    qint64 customerId = 0;
    TradeStatus status = TradeStatus::WaitBuyerPay;
    QList<OrderItem> items;
    Receiver receiver;
    Money totalFee;  // items before discounts
    Money postFee;
    Money discountFee;
    Money payment;  // what the buyer pays
    qint64 createdAtMs = 0;
    std::optional<qint64> paidAtMs;
    std::optional<qint64> consignedAtMs;
    std::optional<qint64> endAtMs;
    QString sellerMemo;
    int sellerFlag = 0;  // 0 none, 1 red, 2 yellow, 3 green, 4 blue, 5 purple
    QString buyerMessage;
    QList<Shipment> shipments;
};

}  // namespace kefu
