#include "core/TextFileDecoder.h"
#include "core/TextFileEncoder.h"

#include "unit/QtPrinters.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

const QString kText = u"快捷编码,快捷短语,快捷短语分组\r\nfh,亲，今天发货~,物流\r\n"_s;

TEST(TextFileDecoderTest, ReadsUtf8WithAndWithoutBom) {
    const QByteArray plain = kText.toUtf8();
    EXPECT_EQ(TextFileDecoder::decode(plain).text, kText);
    EXPECT_EQ(TextFileDecoder::decode(plain).encoding, TextEncoding::Utf8);
    const TextFileDecoder::Decoded withBom = TextFileDecoder::decode("\xEF\xBB\xBF" + plain);
    EXPECT_EQ(withBom.text, kText);
    EXPECT_EQ(withBom.encoding, TextEncoding::Utf8);
}

TEST(TextFileDecoderTest, ReadsGbkBytes) {
    // 发货 in GBK, written out by hand so the test does not trust the encoder it checks.
    const QByteArray gbk = QByteArray("fh,") + "\xB7\xA2\xBB\xF5" + ",\xCE\xEF\xC1\xF7";
    const TextFileDecoder::Decoded decoded = TextFileDecoder::decode(gbk);
    EXPECT_EQ(decoded.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(decoded.text, u"fh,发货,物流"_s);
}

TEST(TextFileDecoderTest, ReadsWhatGbkEncodingWrites) {
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid());
    const TextFileDecoder::Decoded decoded = TextFileDecoder::decode(gbk(kText));
    EXPECT_EQ(decoded.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(decoded.text, kText);
}

TEST(TextFileDecoderTest, ReadsUtf16WithBom) {
    const TextFileDecoder::Decoded decoded =
        TextFileDecoder::decode(TextFileEncoder::encode(kText, TextEncoding::Utf16));
    EXPECT_EQ(decoded.encoding, TextEncoding::Utf16);
    EXPECT_EQ(decoded.text, kText);
}

TEST(TextFileEncoderTest, Utf8StartsWithABomAndGb18030RoundTripsEveryCharacter) {
    EXPECT_TRUE(TextFileEncoder::encode(kText, TextEncoding::Utf8).startsWith("\xEF\xBB\xBF"));
    const QString rare = u"𠮷野家 😀 €"_s;  // outside GBK: GB18030 still has them
    const QByteArray bytes = TextFileEncoder::encode(rare, TextEncoding::Gb18030);
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(TextFileDecoder::decode(bytes).text, rare);
    EXPECT_EQ(TextFileDecoder::decode(bytes).encoding, TextEncoding::Gb18030);
}

}  // namespace
}  // namespace kefu
