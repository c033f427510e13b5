#include "core/Message.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

TEST(MessagePreview, TextIsItsFirstLineTrimmed) {
    EXPECT_EQ(messagePreview(MessageKind::Text, u"  亲，在吗？  "_s), u"亲，在吗？"_s);
    EXPECT_EQ(messagePreview(MessageKind::Text, u"什么时候发货\n急用"_s), u"什么时候发货"_s);
    EXPECT_EQ(messagePreview(MessageKind::Text, u"\n\n  尺码偏大吗 \r\n第二行"_s), u"尺码偏大吗"_s);
    EXPECT_EQ(messagePreview(MessageKind::Text, u""_s), QString());
}

TEST(MessagePreview, LongTextIsCutToSixtyCharactersWithAnEllipsis) {
    const QString exact(60, u'好');
    EXPECT_EQ(messagePreview(MessageKind::Text, exact), exact);
    const QString preview = messagePreview(MessageKind::Text, QString(61, u'好'));
    EXPECT_EQ(preview.size(), 60);
    EXPECT_TRUE(preview.endsWith(u'…'));
    EXPECT_EQ(preview, QString(59, u'好') % u'…');
}

TEST(MessagePreview, NeverSplitsASurrogatePair) {
    QString text(58, u'a');
    text += QString::fromUcs4(U"😀😀😀", 3);
    const QString preview = messagePreview(MessageKind::Text, text);
    EXPECT_LE(preview.size(), 60);
    EXPECT_TRUE(preview.endsWith(u'…'));
    for (qsizetype i = 0; i < preview.size(); ++i) {
        if (preview[i].isHighSurrogate()) {
            ASSERT_TRUE(i + 1 < preview.size() && preview[i + 1].isLowSurrogate()) << i;
        }
    }
}

TEST(MessagePreview, NonTextKinds) {
    EXPECT_EQ(messagePreview(MessageKind::Image, u"https://img.example/1.jpg"_s), u"[图片]"_s);
    EXPECT_EQ(messagePreview(MessageKind::ProductCard, u"600123456789"_s), u"[商品卡片]"_s);
    EXPECT_EQ(messagePreview(MessageKind::OrderCard, u"3901234567890123456"_s), u"[订单卡片]"_s);
    EXPECT_EQ(messagePreview(MessageKind::SystemNotice, u"会话已转接给 小美"_s), u"会话已转接给 小美"_s);
}

TEST(MessagePreview, EveryKindHasAPreview) {
    for (const MessageKind k : allMessageKinds()) {
        EXPECT_FALSE(messagePreview(k, u"x"_s).isEmpty()) << messageKindKey(k).toStdString();
    }
}

}  // namespace
