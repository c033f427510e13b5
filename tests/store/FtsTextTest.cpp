// FtsText against a real FTS5 table: what it indexes, what a query becomes, and that they find each other.
#include "support/TempStore.h"

#include "store/FtsText.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace kefu {
namespace {

using namespace Qt::StringLiterals;

TEST(FtsTextTest, IndexesCjkAsUnigramsAndBigramsAndWordsLowerCased) {
    EXPECT_EQ(FtsText::indexTokens(u"这款iPhone 15掉色吗"_s), u"这 款 这款 iphone 15 掉 色 吗 掉色 色吗"_s);
    EXPECT_EQ(FtsText::indexTokens(u"XL码"_s), u"xl 码"_s);
    EXPECT_EQ(FtsText::indexTokens(u"发货"_s), u"发 货 发货"_s);
}

TEST(FtsTextTest, SplitsLetterDigitRunsAndKeepsTheWhole) {
    EXPECT_EQ(FtsText::indexTokens(u"iPhone15"_s), u"iphone15 iphone 15"_s);
    EXPECT_EQ(FtsText::indexTokens(u"A1b2"_s), u"a1b2 a 1 b 2"_s);
    EXPECT_EQ(FtsText::indexTokens(u"size"_s), u"size"_s);
}

TEST(FtsTextTest, PunctuationAndSymbolsSeparate) {
    EXPECT_EQ(FtsText::indexTokens(u"发货！！什么时候？"_s), u"发 货 发货 什 么 时 候 什么 么时 时候"_s);
    EXPECT_EQ(FtsText::indexTokens(u"¥59.90/件"_s), u"59 90 件"_s);
    EXPECT_EQ(FtsText::indexTokens(u"“包邮”"_s), u"包 邮 包邮"_s);
    EXPECT_TRUE(FtsText::indexTokens(u"！？。，、…— ~@#"_s).isEmpty());
    EXPECT_TRUE(FtsText::indexTokens(QString()).isEmpty());
}

TEST(FtsTextTest, FullWidthIsNormalisedToHalfWidth) {
    EXPECT_EQ(FtsText::indexTokens(u"ＸＬ码"_s), u"xl 码"_s);
    EXPECT_EQ(FtsText::indexTokens(u"ｉＰｈｏｎｅ１５"_s), u"iphone15 iphone 15"_s);
    EXPECT_EQ(FtsText::matchExpression(u"ＸＬ"_s), u"\"xl\"*"_s);
}

TEST(FtsTextTest, AllHanBlocksKanaAndHangulCountAsCjk) {
    EXPECT_EQ(FtsText::indexTokens(u"㐀㐁"_s), u"㐀 㐁 㐀㐁"_s);                 // Extension A
    EXPECT_EQ(FtsText::indexTokens(QString::fromUcs4(U"\U00020000\U00020001")),  // Extension B (surrogates)
              QString::fromUcs4(U"\U00020000 \U00020001 \U00020000\U00020001"));
    EXPECT_EQ(FtsText::indexTokens(QString::fromUcs4(U"\uF900")), QString::fromUcs4(U"\u8C48"));  // compatibility
    EXPECT_EQ(FtsText::indexTokens(u"コーヒー"_s), u"コ ー ヒ ー コー ーヒ ヒー"_s);
    EXPECT_EQ(FtsText::indexTokens(u"감사"_s), u"감 사 감사"_s);
}

TEST(FtsTextTest, MatchExpressionQuotesEveryTerm) {
    EXPECT_EQ(FtsText::matchExpression(u"发货"_s), u"\"发货\""_s);
    EXPECT_EQ(FtsText::matchExpression(u"码"_s), u"\"码\""_s);
    EXPECT_EQ(FtsText::matchExpression(u"不掉色"_s), u"\"不掉\" AND \"掉色\""_s);
    EXPECT_EQ(FtsText::matchExpression(u"iPhone 15"_s), u"\"iphone\"* AND \"15\"*"_s);
    EXPECT_EQ(FtsText::matchExpression(u"iPhone15"_s), u"\"iphone\" AND \"15\"*"_s);
    // Inner parts of a model number are whole words; only the last may still be typed.
    EXPECT_EQ(FtsText::matchExpression(u"K10234"_s), u"\"k\" AND \"10234\"*"_s);
    EXPECT_EQ(FtsText::matchExpression(u"XL码"_s), u"\"xl\"* AND \"码\""_s);
    EXPECT_EQ(FtsText::matchExpression(u"发货 发货"_s), u"\"发货\""_s);
}

TEST(FtsTextTest, EmptyOrPunctuationOnlyQueryIsEmpty) {
    EXPECT_TRUE(FtsText::matchExpression(QString()).isEmpty());
    EXPECT_TRUE(FtsText::matchExpression(u"   "_s).isEmpty());
    EXPECT_TRUE(FtsText::matchExpression(u"？！“”……"_s).isEmpty());
    EXPECT_TRUE(FtsText::matchExpression(u"\"*()-+:^"_s).isEmpty());
}

// A table like the store's, filled with FtsText output, and queried the way repositories do.
class FtsTextSearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSqlQuery query(m_store.db().connection());
        ASSERT_TRUE(query.exec(u"CREATE VIRTUAL TABLE t_fts USING fts5(body, content='', tokenize='unicode61')"_s))
            << query.lastError().text().toStdString();
    }

    void add(qint64 rowid, const QString& text) {
        QSqlQuery query(m_store.db().connection());
        query.prepare(u"INSERT INTO t_fts (rowid, body) VALUES (?, ?)"_s);
        query.addBindValue(rowid);
        query.addBindValue(FtsText::indexTokens(text));
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    }

    // Matching rowids, best bm25 first.
    QList<qint64> search(const QString& userQuery) {
        const QString expression = FtsText::matchExpression(userQuery);
        EXPECT_FALSE(expression.isEmpty()) << userQuery.toStdString();
        QSqlQuery query(m_store.db().connection());
        query.prepare(u"SELECT rowid FROM t_fts WHERE t_fts MATCH ? ORDER BY bm25(t_fts), rowid"_s);
        query.addBindValue(expression);
        EXPECT_TRUE(query.exec()) << expression.toStdString() << ": " << query.lastError().text().toStdString();
        QList<qint64> rows;
        while (query.next()) {
            rows.append(query.value(0).toLongLong());
        }
        return rows;
    }

    QList<qint64> sorted(QList<qint64> rows) {
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    test::TempStore m_store;
};

TEST_F(FtsTextSearchTest, FindsTheRightRows) {
    add(1, u"亲，今天下单明天发货哦"_s);
    add(2, u"这件衣服洗了会掉色吗？"_s);
    add(3, u"尺码偏小，建议拍大一码"_s);
    add(4, u"iPhone 15 手机壳有现货"_s);
    add(5, u"我要XL码的，什么时候发？"_s);
    add(6, u"iPhone15Pro 的膜"_s);
    add(7, u"ＸＬ码还有吗"_s);
    add(8, u"货发了吗"_s);  // 发 and 货, but not the word 发货

    EXPECT_EQ(sorted(search(u"发货"_s)), (QList<qint64>{1}));
    EXPECT_EQ(sorted(search(u"掉色"_s)), (QList<qint64>{2}));
    EXPECT_EQ(sorted(search(u"尺码"_s)), (QList<qint64>{3}));
    EXPECT_EQ(sorted(search(u"iPhone 15"_s)), (QList<qint64>{4, 6}));
    EXPECT_EQ(sorted(search(u"iphone15"_s)), (QList<qint64>{4, 6}));
    EXPECT_EQ(sorted(search(u"XL码"_s)), (QList<qint64>{5, 7}));
    EXPECT_EQ(sorted(search(u"xl"_s)), (QList<qint64>{5, 7}));
    EXPECT_EQ(sorted(search(u"iph"_s)), (QList<qint64>{4, 6}));
    EXPECT_EQ(sorted(search(u"码"_s)), (QList<qint64>{3, 5, 7}));
    EXPECT_TRUE(search(u"退款"_s).isEmpty());
}

TEST_F(FtsTextSearchTest, DenserMentionRanksFirst) {
    add(1, u"请问今天能发货吗？我比较着急，麻烦客服帮忙看一下物流的情况，谢谢"_s);
    add(2, u"发货了吗？什么时候发货？"_s);
    add(3, u"尺码怎么选"_s);
    const QList<qint64> rows = search(u"发货"_s);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.first(), 2);
}

TEST_F(FtsTextSearchTest, QueryInjectionIsHarmless) {
    add(1, u"NEAR OR AND 发货"_s);
    EXPECT_EQ(search(u"\"OR NEAR( 发货 *"_s), (QList<qint64>{1}));
    // Not a column filter: "body" is just another word to find, and no row has it.
    EXPECT_TRUE(search(u"body:发货"_s).isEmpty());
}

// Every piece of a text that does not begin inside a Latin word finds that text.
TEST_F(FtsTextSearchTest, AnySubstringOfATextFindsIt) {
    const QStringList texts = {
        u"这款iPhone 15掉色吗"_s,          u"XL码偏大，建议拍L码"_s,      u"满300减30，可以叠加店铺券"_s,
        u"顺丰包邮 SF1234567890 已揽收"_s, u"纯棉T恤男女同款 oversize"_s,
    };
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() && c.script() != QChar::Script_Han; };
    for (qsizetype i = 0; i < texts.size(); ++i) {
        add(i + 1, texts.at(i));
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString& text = texts.at(i);
        for (qsizetype start = 0; start < text.size(); ++start) {
            if (start > 0 && isWordChar(text.at(start - 1)) && isWordChar(text.at(start)) &&
                text.at(start - 1).isDigit() == text.at(start).isDigit()) {
                continue;
            }
            for (qsizetype end = start + 1; end <= text.size(); ++end) {
                const QString piece = text.mid(start, end - start);
                if (FtsText::matchExpression(piece).isEmpty()) {
                    continue;
                }
                EXPECT_TRUE(search(piece).contains(i + 1)) << piece.toStdString() << " in " << text.toStdString();
            }
        }
    }
}

}  // namespace
}  // namespace kefu
