#pragma once

#include "channel/OutboundFrame.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kefu {

// Everything the simulator received from workbenches, for tests to query and (optionally) as JSON lines in a file.
// An agent reply is keyed by its client message id: `deliveries` counts how often the buyer saw it (must be 1
// however often the workbench re-sends), `sends` how many message.send frames carried it.
class SimRecord {
public:
    struct Reply {
        QString clientMessageId;
        QString agentNick;
        QString conversationId;
        MessageKind kind = MessageKind::Text;
        QString body;
        int sends = 0;
        int deliveries = 0;
        bool failed = false;
        QString failureReason;
    };
    struct Received {
        qint64 atMs = 0;
        QString agentNick;  // empty before auth
        OutboundFrame frame;
    };

    SimRecord();
    ~SimRecord();
    SimRecord(const SimRecord&) = delete;
    SimRecord& operator=(const SimRecord&) = delete;

    // Appends one JSON object per line to `path` from now on; false (with the reason) when it cannot be opened.
    bool writeTo(const QString& path, QString* error = nullptr);

    void received(qint64 atMs, const QString& agentNick, const OutboundFrame& frame);
    void replySent(qint64 atMs, const QString& agentNick, const MessageSendFrame& frame);  // every message.send
    void replyDelivered(qint64 atMs, const QString& clientMessageId);
    void replyFailed(const QString& clientMessageId, const QString& reason);
    void badFrame(qint64 atMs, const QString& agentNick, const QString& detail);
    void connectionEvent(qint64 atMs, const QString& what, const QString& agentNick, const QString& detail = {});
    void clear();

    QList<Received> frames() const { return m_frames; }
    QList<Received> framesOfType(std::string_view type) const;
    QList<Reply> replies() const;                       // in the order first received
    Reply reply(const QString& clientMessageId) const;  // an empty Reply when unknown
    int deliveries(const QString& clientMessageId) const { return reply(clientMessageId).deliveries; }
    QList<qint64> acks(const QString& agentNick = {}) const;
    qint64 lastAck(const QString& agentNick = {}) const;  // 0 when none
    QList<MessageReadFrame> reads() const;
    QList<ConversationCloseFrame> closes() const;
    QList<ConversationTransferFrame> transfers() const;
    QList<AgentStatus> presence(const QString& agentNick = {}) const;
    QStringList badFrameDetails() const { return m_badFrames; }
    int authenticatedConnections() const { return m_authenticated; }
    int refusedAuths() const { return m_refusedAuths; }

private:
    void writeLine(const QByteArray& json);

    QList<Received> m_frames;
    QHash<QString, Reply> m_replies;
    QStringList m_replyOrder;
    QStringList m_badFrames;
    int m_authenticated = 0;
    int m_refusedAuths = 0;
    std::unique_ptr<QFile> m_file;
};

}  // namespace kefu
