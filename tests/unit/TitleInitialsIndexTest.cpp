#include "core/TitleInitialsIndex.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

TEST(TitleInitialsIndexTest, FindsTitlesByInitialsInOrder) {
    TitleInitialsIndex index;
    index.add(1, u"木棉纪新疆棉圆领短袖T恤女宽松百搭纯色打底上衣"_s);
    index.add(2, u"木棉纪男士重磅纯棉短袖T恤夏季宽松圆领纯色半袖体恤"_s);
    index.add(3, u"木棉纪中筒袜男女纯棉春秋吸汗防臭运动袜子5双装"_s);
    EXPECT_EQ(index.size(), 3);
    EXPECT_EQ(index.match(u"cmdx"_s, 10), QList<qint64>{2});
    EXPECT_EQ(index.match(u"CMDX"_s, 10), QList<qint64>{2});
    EXPECT_EQ(index.match(u"cm"_s, 10), (QList<qint64>{2, 3}));
    EXPECT_EQ(index.match(u"cm"_s, 1), QList<qint64>{2});
    EXPECT_EQ(index.match(u"5sz"_s, 10), QList<qint64>{3});
}

TEST(TitleInitialsIndexTest, ShortOrNonAsciiQueriesMatchNothing) {
    TitleInitialsIndex index;
    index.add(1, u"纯棉短袖"_s);
    EXPECT_TRUE(index.match(u"c"_s, 10).isEmpty());
    EXPECT_TRUE(index.match(u"纯棉"_s, 10).isEmpty());
    EXPECT_TRUE(index.match(u"c m"_s, 10).isEmpty());
    EXPECT_TRUE(index.match(u"cmdx"_s, 0).isEmpty());
}

// 100k keyword-stuffed titles, a query that matches none of them (the full scan): the figure in the report.
TEST(TitleInitialsIndexTest, ScansAHundredThousandTitlesQuickly) {
    const QString titles[] = {u"木棉纪新疆棉圆领短袖T恤女宽松百搭纯色打底上衣"_s,
                              u"木棉纪阔腿牛仔裤女高腰垂感拖地裤显高梨形身材"_s,
                              u"木棉纪双面呢大衣女中长款羊毛秋冬高级感毛呢外套"_s};
    TitleInitialsIndex index;
    index.reserve(100'000, 100'000 * 24);
    for (int i = 0; i < 100'000; ++i) {
        index.add(i, titles[i % 3]);
    }
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> none = index.match(u"zzqq"_s, 20);
    const qint64 elapsed = timer.elapsed();
    EXPECT_TRUE(none.isEmpty());
    std::cout << "[ timing   ] 100k titles, full scan: " << elapsed << " ms\n";
    EXPECT_LT(elapsed, 200);  // generous for a Debug build on a shared machine; Release measures in the report
}

}  // namespace
