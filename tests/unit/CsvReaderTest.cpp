#include "core/CsvReader.h"

#include "unit/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

TEST(CsvReaderTest, SplitsPlainFieldsAndKeepsEmptyOnes) {
    const QList<CsvRecord> records = CsvReader::read(u"a,b,c\nd,,f\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    EXPECT_EQ(records[1].fields, (QStringList{u"d"_s, QString(), u"f"_s}));
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].line, 2);
}

TEST(CsvReaderTest, QuotedCommaStaysInTheField) {
    const QList<CsvRecord> records = CsvReader::read(u"fh,\"亲，今天发货, 明天到\",物流"_s);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields, (QStringList{u"fh"_s, u"亲，今天发货, 明天到"_s, u"物流"_s}));
    EXPECT_EQ(records[0].problem, CsvRecord::Problem::None);
}

TEST(CsvReaderTest, DoubledQuotesBecomeOneQuote) {
    const QList<CsvRecord> records = CsvReader::read(u"x,\"点击\"\"我的订单\"\"查看\",\"\"\"\"\n"_s);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields, (QStringList{u"x"_s, u"点击\"我的订单\"查看"_s, u"\""_s}));
}

TEST(CsvReaderTest, QuotedLineBreaksStayInTheFieldAndCountAsLines) {
    const QList<CsvRecord> records = CsvReader::read(u"h1,h2\r\na,\"第一行\r\n第二行\n第三行\"\r\nb,c\r\n"_s);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].fields.at(1), u"第一行\r\n第二行\n第三行"_s);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[2].line, 5);  // the record above spans physical lines 2 to 4
    EXPECT_EQ(records[2].fields, (QStringList{u"b"_s, u"c"_s}));
}

TEST(CsvReaderTest, CrLfLfAndCrAllEndARecord) {
    const QList<CsvRecord> records = CsvReader::read(u"a\r\nb\nc\rd"_s);
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records[3].fields, QStringList{u"d"_s});
    EXPECT_EQ(records[3].line, 4);
}

TEST(CsvReaderTest, SkipsAByteOrderMark) {
    const QList<CsvRecord> records = CsvReader::read(QString(QString(QChar(0xFEFF)) + u"快捷编码,快捷短语"_s));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields.at(0), u"快捷编码"_s);
}

TEST(CsvReaderTest, UnterminatedQuoteIsReportedAtItsLineAndTheRestIsStillRead) {
    const QList<CsvRecord> records = CsvReader::read(u"h1,h2\na,b\nc,\"没有结束\nd,e\nf,g\n"_s);
    ASSERT_EQ(records.size(), 5);
    EXPECT_EQ(records[2].line, 3);
    EXPECT_EQ(records[2].problem, CsvRecord::Problem::UnterminatedQuote);
    EXPECT_EQ(records[3].line, 4);
    EXPECT_EQ(records[3].fields, (QStringList{u"d"_s, u"e"_s}));
    EXPECT_EQ(records[4].line, 5);
    EXPECT_EQ(records[4].problem, CsvRecord::Problem::None);
}

TEST(CsvReaderTest, TextAfterAClosingQuoteMarksTheRecordBad) {
    const QList<CsvRecord> records = CsvReader::read(u"a,\"引号\"后面,c\nd,e,f"_s);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].problem, CsvRecord::Problem::TextAfterQuote);
    EXPECT_EQ(records[1].fields, (QStringList{u"d"_s, u"e"_s, u"f"_s}));
    EXPECT_EQ(records[1].line, 2);
}

TEST(CsvReaderTest, AQuoteInsideAPlainFieldIsText) {
    const QList<CsvRecord> records = CsvReader::read(u"5\"寸,b"_s);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields.at(0), u"5\"寸"_s);
    EXPECT_EQ(records[0].problem, CsvRecord::Problem::None);
}

TEST(CsvReaderTest, BlankLinesAreBlankRecords) {
    const QList<CsvRecord> records = CsvReader::read(u"a\n\n,,\nb"_s);
    ASSERT_EQ(records.size(), 4);
    EXPECT_TRUE(records[1].isBlank());
    EXPECT_TRUE(records[2].isBlank());
    EXPECT_FALSE(records[3].isBlank());
    EXPECT_TRUE(CsvReader::read(u""_s).isEmpty());
}

}  // namespace
}  // namespace kefu
