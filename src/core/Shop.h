#pragma once

#include <QString>

namespace kefu {

// The shop this store belongs to (one per database).
struct Shop {
    QString name;      // 优衣坊旗舰店
    QString platform;  // "tmall" or "taobao"
    QString sellerNick;
};

}  // namespace kefu
