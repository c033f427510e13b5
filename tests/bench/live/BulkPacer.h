#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace kefu {

class GatewaySimulator;

// Lives on the simulator's thread: buyers write `rate` messages a second (GatewaySimulator::sendBurst, one message
// at a time from a 1 ms precise timer, round robin over the bulk conversations), and the monotonicNs() just before
// each is kept by its bulk number, for the GUI thread to subtract from when the inbox showed it.
class BulkPacer : public QObject {
    Q_OBJECT
public:
    BulkPacer(GatewaySimulator& sim, double rate, int conversations, int capacity);

    void begin();
    void end();
    int sent() const { return m_sent.load(); }
    // 0 when message `number` (1-based, GatewaySimulator::bulkBody) was not sent by this pacer.
    qint64 sentAtNs(int number) const;

private:
    void tick();

    GatewaySimulator& m_sim;
    double m_rate;
    int m_conversations;
    int m_capacity;
    std::unique_ptr<std::atomic<qint64>[]> m_sentAt;  // by bulk number
    std::atomic<int> m_sent{0};
    std::atomic<int> m_firstNumber{0};
    QElapsedTimer m_clock;
    QTimer m_timer{this};
};

}  // namespace kefu
