#include "channel/FrameCodec.h"
#include "channel/FrameProblem.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <gtest/gtest.h>

#include <vector>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

// Which side decodes the frame: the workbench (gateway → workbench frames) or the gateway (the reverse).
enum class Reader { Workbench, Gateway };

struct Rejection {
    const char* name;
    Reader reader;
    QByteArray frame;
    FrameProblem problem;
    const char* detail;  // a part of the error's detail
};

constexpr const char* kCreated =
    R"({"v":1,"type":"message.created","seq":5,"gateway_message_id":"m1","conversation":"c1",)"
    R"("buyer_nick":"小鱼儿","kind":"text","body":"你好","sent_at_ms":1718000000000})";
constexpr const char* kAcked = R"({"v":1,"type":"message.acked","seq":6,"client_message_id":"c-1","status":"sent",)"
                               R"("gateway_message_id":"m2","sent_at_ms":1})";
constexpr const char* kOpened =
    R"({"v":1,"type":"conversation.opened","seq":1,"conversation":"c1","buyer_nick":"小鱼儿","channel":"tmall",)"
    R"("opened_at_ms":1})";
constexpr const char* kOrder =
    R"({"v":1,"type":"order.updated","seq":7,"tid":"3901234567890123456","buyer_nick":"小鱼儿",)"
    R"("status":"WAIT_SELLER_SEND_GOODS","payment":"299.00","modified_at_ms":1})";
constexpr const char* kRefund =
    R"({"v":1,"type":"refund.updated","seq":8,"refund_id":"2012","tid":"39012","oid":"39013","buyer_nick":"小鱼儿",)"
    R"("refund_type":"refund_only","status":"WAIT_SELLER_AGREE","refund_fee":"12.30","modified_at_ms":1})";
constexpr const char* kHello = R"({"v":1,"type":"hello","shop_nick":"木棉纪旗舰店","shop_name":"木棉纪旗舰店",)"
                               R"("heartbeat_interval_ms":15000,"server_time_ms":1})";
constexpr const char* kError = R"({"v":1,"type":"error","code":"bad_frame","message":"格式错误","fatal":false})";
constexpr const char* kSend =
    R"({"v":1,"type":"message.send","client_message_id":"c-1","conversation":"c1","kind":"text","body":"亲"})";
constexpr const char* kAuth = R"({"v":1,"type":"auth","agent":"木棉纪旗舰店:小美","token":"abc"})";
constexpr const char* kResume = R"({"v":1,"type":"resume","last_seq":0})";
constexpr const char* kAck = R"({"v":1,"type":"ack","seq":3})";
constexpr const char* kPresence = R"({"v":1,"type":"presence","status":"online"})";

QByteArray with(const char* base, const char* key, const QJsonValue& value) {
    QJsonObject object = QJsonDocument::fromJson(QByteArray(base)).object();
    object.insert(QString::fromUtf8(key), value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray without(const char* base, const char* key) {
    QJsonObject object = QJsonDocument::fromJson(QByteArray(base)).object();
    object.remove(QString::fromUtf8(key));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A valid ping padded with spaces to exactly `size` bytes.
QByteArray pingOfSize(qsizetype size) {
    QByteArray frame = R"({"v":1,"type":"ping","at_ms":1)"_ba;
    frame += QByteArray(size - frame.size() - 1, ' ');
    return frame + '}';
}

QByteArray pingWithExtra(const QByteArray& extraJson) {
    return R"({"v":1,"type":"ping","at_ms":1,"x":)"_ba + extraJson + '}';
}

std::optional<Error> rejectionOf(Reader reader, const QByteArray& frame) {
    if (reader == Reader::Workbench) {
        const Result<InboundFrame> decoded = FrameCodec::decode(frame);
        return decoded ? std::nullopt : std::optional(decoded.error());
    }
    const Result<OutboundFrame> decoded = FrameCodec::decodeOutbound(frame);
    return decoded ? std::nullopt : std::optional(decoded.error());
}

std::vector<Rejection> envelopeRejections() {
    const Reader W = Reader::Workbench;
    return {
        {"oversized", W, pingOfSize(FrameCodec::kMaxFrameBytes + 1), FrameProblem::TooLarge, "65537 bytes"},
        {"Latin-1 byte", W, pingWithExtra("\"caf\xE9\""_ba), FrameProblem::InvalidUtf8, "UTF-8"},
        {"GBK text", W, pingWithExtra("\"\xC4\xE3\xBA\xC3\""_ba), FrameProblem::InvalidUtf8, "UTF-8"},
        {"overlong slash", W, pingWithExtra("\"\xC0\xAF\""_ba), FrameProblem::InvalidUtf8, "UTF-8"},
        {"encoded surrogate", W, pingWithExtra("\"\xED\xA0\x80\""_ba), FrameProblem::InvalidUtf8, "UTF-8"},
        {"above U+10FFFF", W, pingWithExtra("\"\xF4\x90\x80\x80\""_ba), FrameProblem::InvalidUtf8, "UTF-8"},
        {"truncated sequence", W, R"({"v":1,"type":"ping","at_ms":1} )"_ba + "\xE4\xB8"_ba, FrameProblem::InvalidUtf8,
         "UTF-8"},
        {"byte 0xFF outside a string", W, "\xFF"_ba, FrameProblem::InvalidUtf8, "UTF-8"},
        {"too deep", W, pingWithExtra(QByteArray(32, '[') + QByteArray(32, ']')), FrameProblem::TooDeep, "32 levels"},
        {"truncated JSON", W, R"({"v":1,"type":"ping","at_ms":1)"_ba, FrameProblem::MalformedJson, "JSON"},
        {"empty frame", W, ""_ba, FrameProblem::MalformedJson, "JSON"},
        {"trailing garbage", W, R"({"v":1,"type":"ping","at_ms":1} x)"_ba, FrameProblem::MalformedJson, "JSON"},
        {"two objects", W, R"({"v":1,"type":"ping","at_ms":1}{})"_ba, FrameProblem::MalformedJson, "JSON"},
        {"single quotes", W, R"({'v':1,'type':'ping','at_ms':1})"_ba, FrameProblem::MalformedJson, "JSON"},
        {"lone surrogate escape", W, pingWithExtra(R"("\ud800")"_ba), FrameProblem::MalformedJson, "JSON"},
        {"array", W, R"([{"v":1,"type":"ping","at_ms":1}])"_ba, FrameProblem::NotAnObject, "not array"},
        {"string", W, R"("ping")"_ba, FrameProblem::NotAnObject, "not string"},
        {"null", W, "null"_ba, FrameProblem::NotAnObject, "not null"},
        {"missing v", W, R"({"type":"ping","at_ms":1})"_ba, FrameProblem::MissingVersion, "field 'v' is missing"},
        {"v = 2", W, R"({"v":2,"type":"ping","at_ms":1})"_ba, FrameProblem::UnsupportedVersion, "version 2"},
        {"v = 0", W, R"({"v":0,"type":"ping","at_ms":1})"_ba, FrameProblem::UnsupportedVersion, "version 0"},
        {"v = -1", W, R"({"v":-1,"type":"ping","at_ms":1})"_ba, FrameProblem::UnsupportedVersion, "version -1"},
        {"v as a string", W, R"({"v":"1","type":"ping","at_ms":1})"_ba, FrameProblem::WrongType, "'v' must be"},
        {"v = 1.0", W, R"({"v":1.0,"type":"ping","at_ms":1})"_ba, FrameProblem::WrongType, "'v' must be"},
        {"missing type", W, R"({"v":1,"at_ms":1})"_ba, FrameProblem::MissingField, "field 'type' is missing"},
        {"type as a number", W, R"({"v":1,"type":7})"_ba, FrameProblem::WrongType, "'type' must be a string"},
        {"unknown type", W, R"({"v":1,"type":"message.deleted"})"_ba, FrameProblem::UnknownType, "'message.deleted'"},
        {"type in other case", W, R"({"v":1,"type":"Ping","at_ms":1})"_ba, FrameProblem::UnknownType, "'Ping'"},
        {"workbench frame from the gateway", W, kAuth, FrameProblem::UnknownType, "gateway frame type 'auth'"},
        {"gateway frame from the workbench", Reader::Gateway, kHello, FrameProblem::UnknownType,
         "workbench frame type 'hello'"},
    };
}

std::vector<Rejection> fieldRejections() {
    const Reader W = Reader::Workbench;
    const Reader G = Reader::Gateway;
    const QJsonValue tooLongId = QString(65, u'a');
    return {
        {"seq missing", W, without(kCreated, "seq"), FrameProblem::MissingField,
         "message.created: field 'seq' is missing"},
        {"seq as a string", W, with(kCreated, "seq", u"5"_s), FrameProblem::WrongType,
         "message.created: field 'seq' must be an integer"},
        {"seq = 1.5", W, R"({"v":1,"type":"message.acked","seq":1.5})"_ba, FrameProblem::WrongType,
         "'seq' must be an integer"},
        {"seq = 1e3", W, R"({"v":1,"type":"order.updated","seq":1e3})"_ba, FrameProblem::WrongType, "'seq'"},
        {"seq = 0", W, with(kCreated, "seq", 0), FrameProblem::InvalidValue, "'seq' must be between 1 and"},
        {"seq = -1", W, with(kCreated, "seq", -1), FrameProblem::InvalidValue, "'seq' must be between"},
        {"seq = 2^53", W, with(kCreated, "seq", qint64(9007199254740992)), FrameProblem::InvalidValue, "'seq'"},
        {"seq = 2^64-1", W, R"({"v":1,"type":"message.acked","seq":18446744073709551615})"_ba,
         FrameProblem::InvalidValue, "'seq'"},
        {"seq null", W, with(kCreated, "seq", QJsonValue::Null), FrameProblem::WrongType, "'seq'"},
        {"sent_at_ms negative", W, with(kCreated, "sent_at_ms", -5), FrameProblem::InvalidValue, "'sent_at_ms'"},
        {"unknown kind", W, with(kCreated, "kind", u"video"_s), FrameProblem::UnknownValue,
         "field 'kind' has unknown value 'video'"},
        {"unknown trade status", W, with(kOrder, "status", u"WAIT_ANYTHING"_s), FrameProblem::UnknownValue,
         "'status' has unknown value"},
        {"trade status in lower case", W, with(kOrder, "status", u"wait_buyer_pay"_s), FrameProblem::UnknownValue,
         "'status'"},
        {"unknown refund status", W, with(kRefund, "status", u"REFUNDING"_s), FrameProblem::UnknownValue, "'status'"},
        {"unknown refund type", W, with(kRefund, "refund_type", u"swap"_s), FrameProblem::UnknownValue,
         "'refund_type'"},
        {"unknown channel", W, with(kOpened, "channel", u"jd"_s), FrameProblem::UnknownValue, "'channel'"},
        {"unknown presence", G, with(kPresence, "status", u"busy"_s), FrameProblem::UnknownValue, "'status'"},
        {"acked as queued", W, with(kAcked, "status", u"queued"_s), FrameProblem::InvalidValue,
         "'status' must be 'sent', 'delivered' or 'failed'"},
        {"failed ack without reason", W, with(kAcked, "status", u"failed"_s), FrameProblem::MissingField,
         "'reason' is missing"},
        {"sent ack without message id", W, without(kAcked, "gateway_message_id"), FrameProblem::MissingField,
         "'gateway_message_id' is missing"},
        {"empty conversation id", W, with(kCreated, "conversation", u""_s), FrameProblem::InvalidValue,
         "'conversation' must not be empty"},
        {"conversation id too long", W, with(kCreated, "conversation", tooLongId), FrameProblem::InvalidValue,
         "'conversation' must be at most 64 characters"},
        {"conversation id with a space", W, with(kCreated, "conversation", u"c 1"_s), FrameProblem::InvalidValue,
         "'conversation' must contain only"},
        {"conversation id in Chinese", W, with(kCreated, "conversation", u"会话1"_s), FrameProblem::InvalidValue,
         "'conversation'"},
        {"empty frame id", W, with(kCreated, "id", u""_s), FrameProblem::InvalidValue, "'id' must not be empty"},
        {"empty buyer nick", W, with(kCreated, "buyer_nick", u""_s), FrameProblem::InvalidValue, "'buyer_nick'"},
        {"nick with a newline", W, with(kCreated, "buyer_nick", u"小\n鱼"_s), FrameProblem::InvalidValue,
         "'buyer_nick' must not contain control characters"},
        {"tid with a leading zero", W, with(kOrder, "tid", u"0123"_s), FrameProblem::InvalidValue,
         "'tid' must be a Taobao id"},
        {"tid as a number", W, with(kOrder, "tid", qint64(3901234567890123456)), FrameProblem::WrongType,
         "'tid' must be a string"},
        {"product card not an id", W, with(with(kCreated, "kind", u"product_card"_s).constData(), "body", u"abc"_s),
         FrameProblem::InvalidValue, "'body' must be a Taobao id"},
        {"empty text", W, with(kCreated, "body", u""_s), FrameProblem::InvalidValue, "'body' must not be empty"},
        {"text too long", W, with(kCreated, "body", QString(4001, u'好')), FrameProblem::InvalidValue,
         "'body' must be at most 4000"},
        {"payment with three decimals", W, with(kOrder, "payment", u"12.345"_s), FrameProblem::InvalidValue,
         "'payment' must be an amount"},
        {"negative payment", W, with(kOrder, "payment", u"-1.00"_s), FrameProblem::InvalidValue, "'payment'"},
        {"payment with a comma", W, with(kOrder, "payment", u"1,299.00"_s), FrameProblem::InvalidValue, "'payment'"},
        {"payment with a yuan sign", W, with(kOrder, "payment", u"¥12.30"_s), FrameProblem::InvalidValue, "'payment'"},
        {"payment as a number", W, with(kOrder, "payment", 12.3), FrameProblem::WrongType, "'payment' must be a"},
        {"refund fee empty", W, with(kRefund, "refund_fee", u""_s), FrameProblem::InvalidValue, "'refund_fee'"},
        {"heartbeat too short", W, with(kHello, "heartbeat_interval_ms", 10), FrameProblem::InvalidValue,
         "'heartbeat_interval_ms' must be between 1000 and 600000"},
        {"fatal as a string", W, with(kError, "fatal", u"yes"_s), FrameProblem::WrongType, "'fatal' must be a boolean"},
        {"error without message", W, without(kError, "message"), FrameProblem::MissingField, "'message' is missing"},
        {"agent sends a system notice", G, with(kSend, "kind", u"system_notice"_s), FrameProblem::InvalidValue,
         "'kind' must not be 'system_notice'"},
        {"token with a space", G, with(kAuth, "token", u"a b"_s), FrameProblem::InvalidValue, "'token' must be"},
        {"empty token", G, with(kAuth, "token", u""_s), FrameProblem::InvalidValue, "'token' must not be empty"},
        {"negative resume", G, with(kResume, "last_seq", -1), FrameProblem::InvalidValue, "'last_seq'"},
        {"ack of seq 0", G, with(kAck, "seq", 0), FrameProblem::InvalidValue, "ack: field 'seq'"},
    };
}

void expectRejected(const Rejection& row) {
    SCOPED_TRACE(row.name);
    const std::optional<Error> error = rejectionOf(row.reader, row.frame);
    ASSERT_TRUE(error.has_value()) << row.frame.left(200).toStdString();
    EXPECT_EQ(frameProblemOf(*error), row.problem) << error->detail.toStdString();
    EXPECT_TRUE(error->detail.contains(QString::fromUtf8(row.detail))) << error->detail.toStdString();
    EXPECT_TRUE(error->detail.startsWith(u'[' + frameProblemKey(row.problem) + u"] "_s));
    EXPECT_EQ(error->code, ErrorCode::InvalidInput);
    EXPECT_TRUE(error->message.contains(u"网关"_s)) << error->message.toStdString();
}

TEST(FrameCodecTest, RefusesBrokenEnvelopes) {
    for (const Rejection& row : envelopeRejections()) {
        expectRejected(row);
    }
}

TEST(FrameCodecTest, RefusesBadFields) {
    for (const Rejection& row : fieldRejections()) {
        expectRejected(row);
    }
}

TEST(FrameCodecTest, NamesTheFieldInTheChineseMessage) {
    const std::optional<Error> error = rejectionOf(Reader::Workbench, with(kCreated, "seq", u"5"_s));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->detail, u"[wrong_type] message.created: field 'seq' must be an integer"_s);
    EXPECT_EQ(error->message, u"网关消息字段“seq”的类型错误"_s);
}

}  // namespace
