#include "channel/StrictUtf8.h"

namespace kefu {

namespace {

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// The length of the sequence a lead byte starts and the allowed range of its second byte (Unicode table 3-7),
// which is where overlong forms, surrogates and code points above U+10FFFF are excluded; 0 for a bad lead byte.
int sequenceLength(unsigned char lead, unsigned char& secondMin, unsigned char& secondMax) {
    secondMin = 0x80;
    secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        secondMin = lead == 0xE0 ? 0xA0 : 0x80;
        secondMax = lead == 0xED ? 0x9F : 0xBF;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        secondMin = lead == 0xF0 ? 0x90 : 0x80;
        secondMax = lead == 0xF4 ? 0x8F : 0xBF;
        return 4;
    }
    return 0;
}

}  // namespace

bool StrictUtf8::isValid(QByteArrayView bytes) {
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        unsigned char secondMin = 0;
        unsigned char secondMax = 0;
        const int length = sequenceLength(lead, secondMin, secondMax);
        if (length == 0 || i + length > size) {
            return false;
        }
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        if (second < secondMin || second > secondMax) {
            return false;
        }
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(static_cast<unsigned char>(bytes[i + k]))) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

}  // namespace kefu
