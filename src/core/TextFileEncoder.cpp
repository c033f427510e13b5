#include "core/TextFileEncoder.h"

#include <QStringEncoder>

namespace kefu {

QByteArray TextFileEncoder::encode(QStringView text, TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8: {
            QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::WriteBom);
            return encoder(text);
        }
        case TextEncoding::Utf16: {
            QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
            return encoder(text);
        }
        case TextEncoding::Gb18030: {
            QStringEncoder encoder("GB18030");
            return encoder(text);
        }
    }
    return {};
}

}  // namespace kefu
