#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace kefu {

// Recognises the phone numbers buyers and receivers give: mainland mobiles (with or without +86, spaces, dashes)
// and landlines with an area code. Shared by Masking and ReceiverRules so both agree on what a phone is.
class PhoneNumber {
public:
    struct Landline {
        QString areaCode;  // "0571", "010"
        QString number;    // 7–8 digits, without the extension
    };

    // The 11 digits of a mainland mobile ("+86 138-1234-5678" → "13812345678"), or empty if it is not one.
    static QString mobileDigits(QStringView text);
    // "0571-88886666", "057188886666", "010 12345678-801": area code 0 + 2–3 digits, 7–8 digits, optional extension.
    static std::optional<Landline> parseLandline(QStringView text);
    static bool isMobileOrLandline(QStringView text);
};

}  // namespace kefu
