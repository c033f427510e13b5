// docs/protocol.md is the gateway's contract: every ```json example in it must decode, so the doc cannot drift.
#include "channel/FrameCodec.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

QStringList jsonExamples(const QString& markdown) {
    static const QRegularExpression block(u"```json\\n(.*?)\\n```"_s, QRegularExpression::DotMatchesEverythingOption);
    QStringList examples;
    for (const QRegularExpressionMatch& match : block.globalMatch(markdown)) {
        examples << match.captured(1);
    }
    return examples;
}

TEST(ProtocolDocTest, EveryJsonExampleDecodes) {
    QFile doc(QStringLiteral(KEFU_FIXTURES_DIR "/../../docs/protocol.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly)) << doc.fileName().toStdString();
    const QStringList examples = jsonExamples(QString::fromUtf8(doc.readAll()));
    EXPECT_GE(examples.size(), 20);
    for (const QString& example : examples) {
        const QByteArray frame = example.toUtf8();
        const Result<InboundFrame> inbound = FrameCodec::decode(frame);
        const Result<OutboundFrame> outbound = FrameCodec::decodeOutbound(frame);
        EXPECT_TRUE(inbound.ok() || outbound.ok()) << example.toStdString() << "\n"
                                                   << inbound.error().detail.toStdString() << "\n"
                                                   << outbound.error().detail.toStdString();
    }
}

}  // namespace
