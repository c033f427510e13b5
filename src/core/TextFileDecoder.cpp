#include "core/TextFileDecoder.h"

#include <QStringDecoder>

#include <optional>

namespace kefu {

namespace {

std::optional<QString> strictUtf8(const QByteArray& bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

QString withoutBom(QString text) {
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

}  // namespace

TextFileDecoder::Decoded TextFileDecoder::decode(const QByteArray& bytes) {
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return {withoutBom(decoder(bytes)), TextEncoding::Utf16};
    }
    if (std::optional<QString> text = strictUtf8(bytes)) {
        return {withoutBom(*text), TextEncoding::Utf8};
    }
    QStringDecoder gb18030("GB18030");
    return {gb18030(bytes), TextEncoding::Gb18030};
}

}  // namespace kefu
