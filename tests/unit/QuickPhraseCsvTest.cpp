#include "core/QuickPhraseCsv.h"

#include "unit/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

const QString kHeader = u"快捷编码,快捷短语,快捷短语分组\r\n"_s;

QuickPhrase phrase(const QString& code, const QString& body, const QString& group) {
    QuickPhrase p;
    p.shortcutCode = code;
    p.body = body;
    p.groupName = group;
    return p;
}

TEST(QuickPhraseCsvTest, ReadsQianniusFormat) {
    const QuickPhraseCsv::Parsed parsed =
        QuickPhraseCsv::parse(QString(kHeader + u"fh,\"亲，今天16点前付款当天发出,次日到\",物流\r\n,谢谢亲~,\r\n"_s));
    ASSERT_FALSE(parsed.fileProblem);
    EXPECT_TRUE(parsed.errors.isEmpty());
    ASSERT_EQ(parsed.phrases.size(), 2);
    EXPECT_EQ(parsed.phrases[0].shortcutCode, u"fh"_s);
    EXPECT_EQ(parsed.phrases[0].body, u"亲，今天16点前付款当天发出,次日到"_s);
    EXPECT_EQ(parsed.phrases[0].groupName, u"物流"_s);
    EXPECT_EQ(parsed.phrases[1].groupName, u"未分组"_s);
}

TEST(QuickPhraseCsvTest, ColumnsMayComeInAnyOrder) {
    const QuickPhraseCsv::Parsed parsed =
        QuickPhraseCsv::parse(u"快捷短语分组,快捷短语,快捷编码\n售后,退款已处理,tk\n"_s);
    ASSERT_FALSE(parsed.fileProblem);
    ASSERT_EQ(parsed.phrases.size(), 1);
    EXPECT_EQ(parsed.phrases[0].shortcutCode, u"tk"_s);
    EXPECT_EQ(parsed.phrases[0].groupName, u"售后"_s);
}

TEST(QuickPhraseCsvTest, RefusesAWrongHeaderOrAnEmptyFile) {
    EXPECT_EQ(QuickPhraseCsv::parse(u"编码,内容,分组\nfh,发货,物流"_s).fileProblem,
              QuickPhraseCsv::FileProblem::WrongHeader);
    EXPECT_EQ(QuickPhraseCsv::parse(u"fh,发货,物流"_s).fileProblem, QuickPhraseCsv::FileProblem::WrongHeader);
    EXPECT_EQ(QuickPhraseCsv::parse(u"\r\n\r\n"_s).fileProblem, QuickPhraseCsv::FileProblem::EmptyFile);
}

TEST(QuickPhraseCsvTest, ReportsEachBadRowWithItsLineAndKeepsTheGoodOnes) {
    const QString text = QString() + kHeader +                       // 1
                         u"a,好的,售前\r\n"_s +                      // 2
                         u"b,只有两列\r\n"_s +                       // 3
                         u"c,,售前\r\n"_s +                          // 4: empty body
                         u"\r\n"_s +                                 // 5: blank, skipped
                         u"d,\"两行\r\n内容\",售前\r\n"_s +          // 6-7
                         u"abcdefghijklmnopq,编码太长,售前\r\n"_s +  // 8
                         u"e f,编码有空格,售前\r\n"_s +              // 9
                         u"g,\"没有结束的引号,售前\r\n"_s +          // 10
                         u"h,最后一条,结束语\r\n"_s;                 // 11
    const QuickPhraseCsv::Parsed parsed = QuickPhraseCsv::parse(text);
    ASSERT_FALSE(parsed.fileProblem);
    ASSERT_EQ(parsed.phrases.size(), 3);
    EXPECT_EQ(parsed.phrases[1].body, u"两行\r\n内容"_s);
    EXPECT_EQ(parsed.phrases[2].body, u"最后一条"_s);
    ASSERT_EQ(parsed.errors.size(), 5);
    EXPECT_EQ(parsed.errors[0].line, 3);
    EXPECT_EQ(parsed.errors[0].problem, PhraseRowProblem::WrongColumnCount);
    EXPECT_EQ(parsed.errors[0].columns, 2);
    EXPECT_EQ(parsed.errors[1].line, 4);
    EXPECT_EQ(parsed.errors[1].problem, PhraseRowProblem::EmptyBody);
    EXPECT_EQ(parsed.errors[2].line, 8);
    EXPECT_EQ(parsed.errors[2].problem, PhraseRowProblem::CodeTooLong);
    EXPECT_EQ(parsed.errors[3].line, 9);
    EXPECT_EQ(parsed.errors[3].problem, PhraseRowProblem::CodeHasSpace);
    EXPECT_EQ(parsed.errors[4].line, 10);
    EXPECT_EQ(parsed.errors[4].problem, PhraseRowProblem::UnterminatedQuote);
}

TEST(QuickPhraseCsvTest, WritesWhatItReads) {
    const QList<QuickPhrase> phrases{
        phrase(u"hy"_s, u"亲，欢迎光临{店铺名}~"_s, u"欢迎语"_s),
        phrase(QString(), u"第一行\n第二行, \"引号\""_s, u"售后"_s),
    };
    const QString text = QuickPhraseCsv::write(phrases);
    EXPECT_TRUE(text.startsWith(kHeader));
    const QuickPhraseCsv::Parsed parsed = QuickPhraseCsv::parse(text);
    ASSERT_EQ(parsed.phrases.size(), 2);
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        EXPECT_EQ(parsed.phrases[i].shortcutCode, phrases[i].shortcutCode);
        EXPECT_EQ(parsed.phrases[i].body, phrases[i].body);
        EXPECT_EQ(parsed.phrases[i].groupName, phrases[i].groupName);
    }
}

}  // namespace
}  // namespace kefu
