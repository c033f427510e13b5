#pragma once

#include "channel/InboundFrame.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kefu {

// Everything the gateway routes to one agent (protocol §8): numbers the sequenced frames, strictly increasing for the
// stream's life (across connections), and keeps each until a cumulative ack covers it.
class GatewayStream {
public:
    struct Resume {
        QList<InboundFrame> frames;  // to re-send, in seq order
        QString errorCode;           // empty, "resume_too_old" or "stream_reset"
    };

    GatewayStream(QString agentNick, qint64 firstSeq, int retentionLimit);

    const QString& agentNick() const { return m_agentNick; }
    // Gives the frame the stream's next seq, retains it and returns the numbered frame.
    InboundFrame append(InboundFrame frame);
    // Cumulative: forgets every retained frame up to `seq`. An ack above the highest seq sent is ignored.
    bool ack(qint64 seq);
    Resume resume(qint64 lastSeq);

    qint64 highestSeq() const { return m_nextSeq - 1; }
    qint64 ackedSeq() const { return m_ackedSeq; }
    QList<qint64> retainedSeqs() const { return m_retained.keys(); }
    int retainedCount() const { return static_cast<int>(m_retained.size()); }

    static InboundFrame withSeq(InboundFrame frame, qint64 seq);

private:
    QString m_agentNick;
    qint64 m_firstSeq;
    qint64 m_nextSeq;
    qint64 m_ackedSeq = 0;
    qint64 m_forgottenSeq = 0;  // the highest seq dropped without an ack (retention limit)
    int m_retentionLimit;       // 0: keep everything until acked
    QMap<qint64, InboundFrame> m_retained;
};

}  // namespace kefu
