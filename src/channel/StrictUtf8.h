#pragma once

#include <QByteArrayView>

namespace kefu {

// RFC 3629 UTF-8 and nothing else: no overlong forms, no encoded surrogates (CESU-8), nothing above U+10FFFF, no
// truncated sequence. Checked before the JSON parser sees the bytes, so a bad byte outside a string is reported as
// what it is rather than as a JSON syntax error.
class StrictUtf8 {
public:
    static bool isValid(QByteArrayView bytes);
};

}  // namespace kefu
