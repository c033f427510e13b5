#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

namespace kefu {

// Taobao's seller-memo flags 0–5 as staff know them: a grey (no flag), red, yellow, green, blue or purple banner.
class SellerFlags {
    Q_DECLARE_TR_FUNCTIONS(SellerFlags)

public:
    static constexpr int kCount = 6;
    static QString label(int flag);     // 灰旗 红旗 …
    static QString colorHex(int flag);  // "#e5484d"
    static QIcon icon(int flag, int size = 14);
};

}  // namespace kefu
