#pragma once

#include "core/TextEncoding.h"

#include <QByteArray>
#include <QString>

namespace kefu {

// Turns the bytes of a text file of unknown encoding into text: a UTF-8 or UTF-16 byte order mark decides; without
// one, bytes that decode as strict UTF-8 are UTF-8, anything else is read as GB18030 (GBK files from Chinese Excel).
class TextFileDecoder {
public:
    struct Decoded {
        QString text;  // without the byte order mark
        TextEncoding encoding = TextEncoding::Utf8;
    };
    static Decoded decode(const QByteArray& bytes);
};

}  // namespace kefu
