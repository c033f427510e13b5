#include "core/QuickPhraseMatcher.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using kefu::QuickPhrase;
using kefu::QuickPhraseMatcher;

namespace {

QuickPhrase phrase(const QString& code, const QString& group, const QString& body, int useCount, int sortOrder = 0) {
    QuickPhrase p;
    p.shortcutCode = code;
    p.groupName = group;
    p.body = body;
    p.useCount = useCount;
    p.sortOrder = sortOrder;
    return p;
}

TEST(QuickPhraseMatcher, CodeBeforeInitials) {
    const QuickPhraseMatcher m({
        phrase(u"a1"_s, u"物流"_s, u"亲，今天下午四点前拍下当天发货"_s, 50),  // 0: initials of 发货
        phrase(u"zz"_s, u"售前"_s, u"这款 FH 系列很快"_s, 90),                // 1: ASCII letters match themselves
        phrase(u"fhsj"_s, u"物流"_s, u"48小时内发出"_s, 5),                   // 2: code prefix
        phrase(u"FH"_s, u"物流"_s, u"已经安排了哦"_s, 1),                     // 3: exact code, any case
        phrase(u"b2"_s, u"售后"_s, u"退款已处理"_s, 100),                     // 4: no match
    });
    EXPECT_EQ(m.match(u"fh", 10), (QList<int>{3, 2, 1, 0}));
    EXPECT_EQ(m.match(u"fh", 2), (QList<int>{3, 2}));
    EXPECT_EQ(m.match(u" FH ", 10), (QList<int>{3, 2, 1, 0}));
}

TEST(QuickPhraseMatcher, CodeBeforeBodyText) {
    const QuickPhraseMatcher m({
        phrase(u"x"_s, u"物流"_s, u"今天发货"_s, 90),        // 2: body text
        phrase(u"发货时间"_s, u"物流"_s, u"48小时内"_s, 5),  // 1: code prefix
        phrase(u"发货"_s, u"物流"_s, u"已经安排了哦"_s, 1),  // 0: exact code
        phrase(u"y"_s, u"售后"_s, u"退款已处理"_s, 100),     // no match
    });
    EXPECT_EQ(m.match(u"发货", 10), (QList<int>{2, 1, 0}));
}

TEST(QuickPhraseMatcher, GroupInitialsMatch) {
    const QuickPhraseMatcher m({
        phrase(u"a"_s, u"物流"_s, u"顺丰包邮"_s, 1),
        phrase(u"b"_s, u"售后"_s, u"七天退换"_s, 1),
    });
    EXPECT_EQ(m.match(u"wl", 10), QList<int>{0});
    EXPECT_EQ(m.match(u"sh", 10), QList<int>{1});
}

TEST(QuickPhraseMatcher, UseCountThenSortOrderBreakTies) {
    const QuickPhraseMatcher m({
        phrase(u"x1"_s, u"售后"_s, u"退款马上处理"_s, 3, 2),
        phrase(u"x2"_s, u"售后"_s, u"退款已到账"_s, 9, 5),
        phrase(u"x3"_s, u"售后"_s, u"退款请查收"_s, 3, 1),
    });
    EXPECT_EQ(m.match(u"tk", 10), (QList<int>{1, 2, 0}));
}

TEST(QuickPhraseMatcher, ChineseQueryMatchesBodyText) {
    const QuickPhraseMatcher m({
        phrase(u"a"_s, u"尺码"_s, u"XL码适合150斤"_s, 1),
        phrase(u"b"_s, u"尺码"_s, u"偏大一码"_s, 7),
        phrase(u"c"_s, u"物流"_s, u"默认中通"_s, 9),
    });
    EXPECT_EQ(m.match(u"码", 10), (QList<int>{1, 0}));
    EXPECT_EQ(m.match(u"xl码", 10), QList<int>{0});
    EXPECT_EQ(m.match(u"xlm", 10), QList<int>{0});
    EXPECT_TRUE(m.match(u"顺丰", 10).isEmpty());
}

TEST(QuickPhraseMatcher, EmptyQueryListsMostUsedFirst) {
    const QuickPhraseMatcher m({
        phrase(u"a"_s, u"欢迎语"_s, u"您好"_s, 2, 1),
        phrase(u"b"_s, u"结束语"_s, u"感谢光临"_s, 8, 9),
        phrase(u"c"_s, u"催付"_s, u"记得付款哦"_s, 2, 0),
    });
    EXPECT_EQ(m.match(u"", 10), (QList<int>{1, 2, 0}));
    EXPECT_EQ(m.match(u"", 1), QList<int>{1});
    EXPECT_EQ(m.match(u"", 0), (QList<int>{1, 2, 0}));
}

TEST(QuickPhraseMatcher, EmptyListMatchesNothing) {
    const QuickPhraseMatcher m;
    EXPECT_TRUE(m.match(u"fh", 10).isEmpty());
    EXPECT_EQ(m.size(), 0);
}

}  // namespace
