#pragma once

#include <QString>
#include <QStringView>

namespace kefu {

// Taobao ids (tid, oid, refund id, item id) are strings of up to 19 digits, never ints.
class TaobaoId {
public:
    static constexpr int kMaxDigits = 19;
    static bool isValid(QStringView id);  // 1..19 ASCII digits, no leading zero
};

}  // namespace kefu
