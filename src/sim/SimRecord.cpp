#include "sim/SimRecord.h"

#include "channel/FrameCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

template <typename Frame>
QList<Frame> framesOf(const QList<SimRecord::Received>& frames, const QString& agentNick = {}) {
    QList<Frame> found;
    for (const SimRecord::Received& r : frames) {
        if (const auto* f = std::get_if<Frame>(&r.frame); f && (agentNick.isEmpty() || r.agentNick == agentNick)) {
            found.append(*f);
        }
    }
    return found;
}

QJsonObject lineHeader(qint64 atMs, const QString& event, const QString& agentNick) {
    QJsonObject line{{u"at_ms"_s, static_cast<double>(atMs)}, {u"event"_s, event}};
    if (!agentNick.isEmpty()) {
        line.insert(u"agent"_s, agentNick);
    }
    return line;
}

}  // namespace

SimRecord::SimRecord() = default;
SimRecord::~SimRecord() = default;

bool SimRecord::writeTo(const QString& path, QString* error) {
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error) {
            *error = file->errorString();
        }
        return false;
    }
    m_file = std::move(file);
    return true;
}

void SimRecord::writeLine(const QByteArray& json) {
    if (m_file) {
        m_file->write(json);
        m_file->write("\n");
        m_file->flush();
    }
}

void SimRecord::received(qint64 atMs, const QString& agentNick, const OutboundFrame& frame) {
    m_frames.append({atMs, agentNick, frame});
    if (m_file) {
        QJsonObject line = lineHeader(atMs, u"received"_s, agentNick);
        OutboundFrame written = frame;
        if (auto* auth = std::get_if<AuthFrame>(&written)) {
            auth->token = u"***"_s;  // a record file must not leak the shop's credentials
        }
        line.insert(u"frame"_s, QJsonDocument::fromJson(FrameCodec::encode(written)).object());
        writeLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
    }
}

void SimRecord::replySent(qint64 atMs, const QString& agentNick, const MessageSendFrame& frame) {
    Q_UNUSED(atMs);
    auto it = m_replies.find(frame.clientMessageId);
    if (it == m_replies.end()) {
        m_replyOrder.append(frame.clientMessageId);
        Reply reply;
        reply.clientMessageId = frame.clientMessageId;
        reply.agentNick = agentNick;
        reply.conversationId = frame.conversationId;
        reply.kind = frame.kind;
        reply.body = frame.body;
        it = m_replies.insert(frame.clientMessageId, reply);
    }
    ++it->sends;
}

void SimRecord::replyDelivered(qint64 atMs, const QString& clientMessageId) {
    auto it = m_replies.find(clientMessageId);
    if (it == m_replies.end()) {
        return;
    }
    ++it->deliveries;
    QJsonObject line = lineHeader(atMs, u"delivered"_s, it->agentNick);
    line.insert(u"client_message_id"_s, clientMessageId);
    line.insert(u"conversation"_s, it->conversationId);
    line.insert(u"deliveries"_s, it->deliveries);
    writeLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

void SimRecord::replyFailed(const QString& clientMessageId, const QString& reason) {
    auto it = m_replies.find(clientMessageId);
    if (it != m_replies.end()) {
        it->failed = true;
        it->failureReason = reason;
    }
}

void SimRecord::badFrame(qint64 atMs, const QString& agentNick, const QString& detail) {
    m_badFrames.append(detail);
    QJsonObject line = lineHeader(atMs, u"bad_frame"_s, agentNick);
    line.insert(u"detail"_s, detail);
    writeLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

void SimRecord::connectionEvent(qint64 atMs, const QString& what, const QString& agentNick, const QString& detail) {
    if (what == u"authenticated") {
        ++m_authenticated;
    } else if (what == u"auth_refused") {
        ++m_refusedAuths;
    }
    QJsonObject line = lineHeader(atMs, what, agentNick);
    if (!detail.isEmpty()) {
        line.insert(u"detail"_s, detail);
    }
    writeLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

void SimRecord::clear() {
    m_frames.clear();
    m_replies.clear();
    m_replyOrder.clear();
    m_badFrames.clear();
    m_authenticated = 0;
    m_refusedAuths = 0;
}

QList<SimRecord::Received> SimRecord::framesOfType(std::string_view type) const {
    QList<Received> found;
    for (const Received& r : m_frames) {
        if (frameType(r.frame) == type) {
            found.append(r);
        }
    }
    return found;
}

QList<SimRecord::Reply> SimRecord::replies() const {
    QList<Reply> list;
    list.reserve(m_replyOrder.size());
    for (const QString& id : m_replyOrder) {
        list.append(m_replies.value(id));
    }
    return list;
}

SimRecord::Reply SimRecord::reply(const QString& clientMessageId) const {
    return m_replies.value(clientMessageId);
}

QList<qint64> SimRecord::acks(const QString& agentNick) const {
    QList<qint64> seqs;
    for (const AckFrame& a : framesOf<AckFrame>(m_frames, agentNick)) {
        seqs.append(a.seq);
    }
    return seqs;
}

qint64 SimRecord::lastAck(const QString& agentNick) const {
    const QList<qint64> seqs = acks(agentNick);
    return seqs.isEmpty() ? 0 : seqs.constLast();
}

QList<MessageReadFrame> SimRecord::reads() const {
    return framesOf<MessageReadFrame>(m_frames);
}

QList<ConversationCloseFrame> SimRecord::closes() const {
    return framesOf<ConversationCloseFrame>(m_frames);
}

QList<ConversationTransferFrame> SimRecord::transfers() const {
    return framesOf<ConversationTransferFrame>(m_frames);
}

QList<AgentStatus> SimRecord::presence(const QString& agentNick) const {
    QList<AgentStatus> statuses;
    for (const PresenceFrame& p : framesOf<PresenceFrame>(m_frames, agentNick)) {
        statuses.append(p.status);
    }
    return statuses;
}

}  // namespace kefu
