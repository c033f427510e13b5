#include "core/WangwangEmoticons.h"

#include "QtPrinters.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::WangwangEmoticons;

namespace {

TEST(WangwangEmoticonsTest, CommonCodesBecomeEmoji) {
    EXPECT_EQ(WangwangEmoticons::toDisplay(u"好的/:^_^"_s), u"好的🙂"_s);
    EXPECT_EQ(WangwangEmoticons::toDisplay(u"/:^O^/:b/:Y"_s), u"😄👍❤️"_s);
    EXPECT_EQ(WangwangEmoticons::toDisplay(u"亲/:809 包邮吗/:?"_s), u"亲😍 包邮吗❓"_s);
    EXPECT_EQ(WangwangEmoticons::toDisplay(u"/:>O<"_s), u"😭"_s);
}

TEST(WangwangEmoticonsTest, TheLongestCodeWins) {
    EXPECT_EQ(WangwangEmoticons::toDisplay(u"/:O=O"_s), u"😎"_s);
    EXPECT_EQ(WangwangEmoticons::toDisplay(u"/:O"_s), u"😱"_s);
    EXPECT_EQ(WangwangEmoticons::toDisplay(u"/:(Zz...)"_s), u"😴"_s);
}

TEST(WangwangEmoticonsTest, OtherTextIsLeftAlone) {
    EXPECT_EQ(WangwangEmoticons::toDisplay(u"http://a.b/c 满300减40"_s), u"http://a.b/c 满300减40"_s);
    EXPECT_EQ(WangwangEmoticons::toDisplay(u"/:zzz /fh"_s), u"/:zzz /fh"_s);
    EXPECT_EQ(WangwangEmoticons::toDisplay(QString()), QString());
}

TEST(WangwangEmoticonsTest, TableHasTheCommonCodesOnceEach) {
    const auto& all = WangwangEmoticons::all();
    EXPECT_GE(all.size(), 20);
    QSet<QString> codes;
    for (const auto& e : all) {
        EXPECT_TRUE(e.code.startsWith(u"/:"_s)) << e.code.toStdString();
        EXPECT_FALSE(e.name.isEmpty());
        EXPECT_FALSE(e.emoji.isEmpty());
        EXPECT_FALSE(codes.contains(e.code)) << e.code.toStdString();
        codes.insert(e.code);
    }
    for (const QString& code : {u"/:^_^"_s, u"/:^$^"_s, u"/:Q"_s, u"/:815"_s, u"/:809"_s, u"/:b"_s, u"/:Y"_s}) {
        EXPECT_TRUE(codes.contains(code)) << code.toStdString();
    }
}

}  // namespace
