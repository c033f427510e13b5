#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>

namespace kefu {

class GatewaySimulator;

// Lives on the simulator's thread: writes `messages` message.created frames (round robin over `conversations`) as
// fast as the simulator can encode them, a chunk per event-loop turn so the socket drains while it encodes, then
// watches the agent's stream until the workbench has acked the last seq. The times are monotonicNs().
class IngestDriver : public QObject {
    Q_OBJECT
public:
    IngestDriver(GatewaySimulator& sim, QString agentNick, int messages, int conversations, int chunk);

    void begin();
    bool isDone() const { return m_done.load(); }
    qint64 firstSentNs() const { return m_firstSentNs; }  // read after isDone()
    qint64 allWrittenNs() const { return m_allWrittenNs; }
    qint64 lastAckedNs() const { return m_lastAckedNs; }
    qint64 lastSeq() const { return m_lastSeq; }

private:
    void tick();

    GatewaySimulator& m_sim;
    QString m_agentNick;
    int m_messages;
    int m_conversations;
    int m_chunk;
    int m_sent = 0;
    qint64 m_firstSentNs = 0;
    qint64 m_allWrittenNs = 0;
    qint64 m_lastAckedNs = 0;
    qint64 m_lastSeq = 0;
    std::atomic<bool> m_done{false};
    QTimer m_timer{this};
};

}  // namespace kefu
