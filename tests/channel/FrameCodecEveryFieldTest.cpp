// Generated rejection tables: every field of every sample frame removed, and every field given the wrong JSON type.
#include "FrameSamples.h"
#include "channel/FrameCodec.h"
#include "channel/FrameProblem.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

// Fields a frame may leave out (protocol.md marks them "optional").
bool isOptional(const QString& type, const QString& field) {
    static const QSet<QString> optional = {
        u"*.id"_s,
        u"refund.updated.reason"_s,
        u"conversation.transferred.from_agent"_s,
        u"auth.client"_s,
        u"error.ref"_s,
        u"error.detail"_s,
        u"conversation.transferred.reason"_s,
        u"conversation.transfer.reason"_s,
    };
    return optional.contains(u"*."_s + field) || optional.contains(type + u'.' + field);
}

// A value of another JSON type than `value`.
QJsonValue wrongTypeFor(const QJsonValue& value) {
    if (value.isString()) {
        return 7;
    }
    if (value.isBool()) {
        return u"true"_s;
    }
    return u"7"_s;
}

struct EncodedFrame {
    QJsonObject json;
    bool fromGateway = true;
};

QList<EncodedFrame> everySample() {
    QList<EncodedFrame> frames;
    for (const InboundFrame& frame : test::sampleInboundFrames()) {
        frames.append({QJsonDocument::fromJson(FrameCodec::encodeInbound(frame)).object(), true});
    }
    for (const OutboundFrame& frame : test::sampleOutboundFrames()) {
        frames.append({QJsonDocument::fromJson(FrameCodec::encode(frame)).object(), false});
    }
    return frames;
}

std::optional<Error> decodeError(const EncodedFrame& frame, const QJsonObject& json) {
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (frame.fromGateway) {
        const Result<InboundFrame> decoded = FrameCodec::decode(bytes);
        return decoded ? std::nullopt : std::optional(decoded.error());
    }
    const Result<OutboundFrame> decoded = FrameCodec::decodeOutbound(bytes);
    return decoded ? std::nullopt : std::optional(decoded.error());
}

TEST(FrameCodecTest, RefusesEveryRequiredFieldMissing) {
    int required = 0;
    for (const EncodedFrame& frame : everySample()) {
        const QString type = frame.json.value(u"type"_s).toString();
        for (const QString& field : frame.json.keys()) {
            if (field == u"v"_s || field == u"type"_s) {
                continue;  // the envelope has its own rows in FrameCodecRejectionTest
            }
            SCOPED_TRACE(QString(type + u" without "_s + field).toStdString());
            QJsonObject json = frame.json;
            json.remove(field);
            const std::optional<Error> error = decodeError(frame, json);
            if (isOptional(type, field)) {
                EXPECT_FALSE(error.has_value()) << error->detail.toStdString();
                continue;
            }
            ++required;
            ASSERT_TRUE(error.has_value());
            EXPECT_EQ(frameProblemOf(*error), FrameProblem::MissingField) << error->detail.toStdString();
            EXPECT_TRUE(error->detail.endsWith(type + u": field '"_s + field + u"' is missing"_s))
                << error->detail.toStdString();
        }
    }
    EXPECT_GT(required, 60);  // the table really is generated from every frame
}

TEST(FrameCodecTest, RefusesEveryFieldOfTheWrongType) {
    for (const EncodedFrame& frame : everySample()) {
        const QString type = frame.json.value(u"type"_s).toString();
        for (const QString& field : frame.json.keys()) {
            if (field == u"v"_s || field == u"type"_s) {
                continue;
            }
            SCOPED_TRACE(QString(type + u"."_s + field).toStdString());
            QJsonObject json = frame.json;
            json.insert(field, wrongTypeFor(json.value(field)));
            const std::optional<Error> error = decodeError(frame, json);
            ASSERT_TRUE(error.has_value());
            EXPECT_EQ(frameProblemOf(*error), FrameProblem::WrongType) << error->detail.toStdString();
            EXPECT_TRUE(error->detail.contains(u"field '"_s + field + u"' must be"_s)) << error->detail.toStdString();
        }
    }
}

}  // namespace
