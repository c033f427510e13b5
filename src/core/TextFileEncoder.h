#pragma once

#include "core/TextEncoding.h"

#include <QByteArray>
#include <QStringView>

namespace kefu {

// Text to the bytes of a file. UTF-8 gets a byte order mark: without one, Excel opens a UTF-8 CSV as GBK and shows
// mojibake. UTF-16 is written little-endian with its mark.
class TextFileEncoder {
public:
    static QByteArray encode(QStringView text, TextEncoding encoding);
};

}  // namespace kefu
