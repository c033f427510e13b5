#pragma once

#include <QString>
#include <QStringView>

namespace kefu {

// How personal data looks on screen for agents whose role may not see it whole.
class Masking {
public:
    static QString phone(QStringView phone);      // 13812341234 → 138****1234; landlines keep the last 4
    static QString address(QStringView address);  // keeps province/city/district words, masks the street detail
    static QString name(QStringView name);        // 张三丰 → 张**
};

}  // namespace kefu
