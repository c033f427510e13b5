#include "core/CsvReader.h"
#include "core/CsvWriter.h"

#include "unit/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

TEST(CsvWriterTest, QuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(CsvWriter::field(u"fh"), u"fh"_s);
    EXPECT_EQ(CsvWriter::field(u"亲，发货了"), u"亲，发货了"_s);  // a full-width comma is text
    EXPECT_EQ(CsvWriter::field(u"a,b"), u"\"a,b\""_s);
    EXPECT_EQ(CsvWriter::field(u"说\"好\""), u"\"说\"\"好\"\"\""_s);
    EXPECT_EQ(CsvWriter::field(u"一\n二"), u"\"一\n二\""_s);
    EXPECT_EQ(CsvWriter::field(u" 前面有空格"), u"\" 前面有空格\""_s);
    EXPECT_EQ(CsvWriter::record({u"a"_s, u"b"_s}), u"a,b\r\n"_s);
}

TEST(CsvWriterTest, WhatItWritesReadsBackTheSame) {
    const QList<QStringList> records{
        {u"hy"_s, u"亲，欢迎光临{店铺名}~"_s, u"欢迎语"_s},
        {u""_s, u"第一行\r\n第二行,\"带引号\""_s, u"售后"_s},
        {u"x"_s, u"\""_s, u" 空格 "_s},
    };
    const QList<CsvRecord> read = CsvReader::read(CsvWriter::write(records));
    ASSERT_EQ(read.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        EXPECT_EQ(read[i].fields, records[i]);
        EXPECT_EQ(read[i].problem, CsvRecord::Problem::None);
    }
    EXPECT_EQ(read[2].line, 4);  // record 2 holds one line break
}

}  // namespace
}  // namespace kefu
