#include "channel/StrictUtf8.h"

#include <QByteArray>

#include <gtest/gtest.h>

using kefu::StrictUtf8;

namespace {

struct Utf8Case {
    const char* name;
    QByteArray bytes;
    bool valid;
};

TEST(StrictUtf8Test, AcceptsWellFormedAndRefusesEverythingElse) {
    const Utf8Case cases[] = {
        {"empty", QByteArray(), true},
        {"ASCII", QByteArray("hello"), true},
        {"Chinese", QByteArray("\xE4\xBD\xA0\xE5\xA5\xBD"), true},  // 你好
        {"emoji", QByteArray("\xF0\x9F\x98\x8A"), true},
        {"U+10FFFF", QByteArray("\xF4\x8F\xBF\xBF"), true},
        {"U+FFFF", QByteArray("\xEF\xBF\xBF"), true},
        {"NUL", QByteArray("a\0b", 3), true},
        {"bare continuation", QByteArray("\x80"), false},
        {"overlong 2-byte", QByteArray("\xC0\xAF"), false},
        {"overlong C1", QByteArray("\xC1\xBF"), false},
        {"overlong 3-byte", QByteArray("\xE0\x80\xAF"), false},
        {"overlong 4-byte", QByteArray("\xF0\x80\x80\xAF"), false},
        {"surrogate D800", QByteArray("\xED\xA0\x80"), false},
        {"surrogate DFFF", QByteArray("\xED\xBF\xBF"), false},
        {"above U+10FFFF", QByteArray("\xF4\x90\x80\x80"), false},
        {"F5 lead", QByteArray("\xF5\x80\x80\x80"), false},
        {"FF", QByteArray("\xFF"), false},
        {"truncated 3-byte", QByteArray("\xE4\xBD"), false},
        {"truncated 4-byte", QByteArray("\xF0\x9F\x98"), false},
        {"bad third byte", QByteArray("\xE4\xBD\x41"), false},
        {"GBK 你好", QByteArray("\xC4\xE3\xBA\xC3"), false},
    };
    for (const Utf8Case& c : cases) {
        EXPECT_EQ(StrictUtf8::isValid(c.bytes), c.valid) << c.name;
    }
}

}  // namespace
