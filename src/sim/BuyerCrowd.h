#pragma once

#include "sim/BuyerLibrary.h"
#include "sim/BuyerScript.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

namespace kefu {

class GatewaySimulator;

// The scripted buyers of a GatewaySimulator: opens conversations at a set rate and plays each buyer's BuyerScript,
// waiting for the agent's reply (up to a timeout) after every question before the next line. What the buyers say is
// drawn from the seed alone, so two runs with one seed tell the same stories; the pauses are jittered separately.
class BuyerCrowd : public QObject {
    Q_OBJECT
public:
    struct Buyer {
        QString conversationId;
        BuyerScript script;
        int nextStep = 0;
        bool awaitingReply = false;
        int repliesSeen = 0;
        int timeouts = 0;
        bool finished = false;
    };

    BuyerCrowd(GatewaySimulator& simulator, BuyerLibrary library, quint64 seed, qint64 thinkMs, qint64 replyTimeoutMs);
    ~BuyerCrowd() override;

    void start(int maxBuyers, double conversationsPerMinute);
    void stop();
    QString startBuyer();                           // the library's next buyer, now; its conversation id
    QString startBuyer(const BuyerScript& script);  // a given script, now
    void setThinkMs(qint64 thinkMs) { m_thinkMs = thinkMs; }

    int activeCount() const;
    QStringList conversationIds() const { return m_order; }  // oldest first
    Buyer buyer(const QString& conversationId) const { return m_buyers.value(conversationId); }

Q_SIGNALS:
    void buyerFinished(const QString& conversationId);

private:
    void onTick();
    void onReply(const QString& conversationId);
    void onConversationClosed(const QString& conversationId);
    void advance(const QString& conversationId);
    void perform(Buyer& buyer, const BuyerStep& step);
    void schedule(const QString& conversationId, qint64 delayMs, bool isReplyTimeout);
    qint64 thinkDelay();
    void finish(Buyer& buyer);

    GatewaySimulator& m_simulator;
    BuyerLibrary m_library;
    QRandomGenerator m_stories;  // what buyers say
    QRandomGenerator m_pauses;   // how long they think
    qint64 m_thinkMs;
    qint64 m_replyTimeoutMs;
    int m_maxBuyers = 0;
    QTimer m_opener;
    QHash<QString, Buyer> m_buyers;
    QHash<QString, QTimer*> m_timers;  // one pending think pause or reply timeout per buyer
    QStringList m_order;
};

}  // namespace kefu
