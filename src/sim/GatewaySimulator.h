#pragma once

#include "channel/InboundFrame.h"
#include "channel/OutboundFrame.h"
#include "core/SystemClock.h"
#include "sim/FaultInjector.h"
#include "sim/GatewayStream.h"
#include "sim/SimOptions.h"
#include "sim/SimRecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>

class QWebSocketServer;

namespace kefu {

class BuyerCrowd;
class SimConnection;

// A gateway of protocol v1 (docs/protocol.md) on a local WebSocket server, playing a shop's buyers: hello, auth with
// a token, resume, seq numbering and retention per agent stream until acked, message.send de-duplicated by client
// message id and answered by message.acked, read/close/transfer/presence de-duplicated by frame id, heartbeats, and the
// faults of its FaultPlan. What the workbench sends is kept in record(). Everything runs on the thread that owns the
// object.
class GatewaySimulator : public QObject {
    Q_OBJECT
public:
    struct Conversation {
        QString id;
        QString buyerNick;
        QString agentNick;
        Channel channel = Channel::Tmall;
        bool closed = false;
    };

    explicit GatewaySimulator(SimOptions options = {}, QObject* parent = nullptr);
    ~GatewaySimulator() override;

    bool start();  // listens on options.host:options.port (0 = any); false with errorString() when it cannot
    void stop();   // closes every connection (1001) and the server
    QString errorString() const { return m_error; }
    quint16 port() const;
    QUrl url() const;                   // ws://<host>:<port> (127.0.0.1 when listening on every address)
    void setClock(const Clock* clock);  // the at_ms values sent; nullptr = the system clock

    const SimOptions& options() const { return m_options; }
    const FaultPlan& faultPlan() const { return m_faults.plan(); }
    void setFaultPlan(const FaultPlan& plan) { m_faults.setPlan(plan); }
    SimRecord& record() { return m_record; }
    const SimRecord& record() const { return m_record; }

    // The platform side: what buyers do. Each publishes a sequenced frame on the conversation's agent stream.
    QString openConversation(const QString& buyerNick, Channel channel = Channel::Tmall);     // the new conversation id
    QString buyerSays(const QString& conversationId, MessageKind kind, const QString& body);  // its gateway id
    QString buyerSays(const QString& conversationId, const QString& text);
    void orderUpdated(const QString& conversationId, const QString& tid, TradeStatus status, Money payment);
    void refundUpdated(const QString& conversationId, RefundUpdatedFrame refund);
    void transferByPlatform(const QString& conversationId, const QString& toAgentNick, const QString& reason);
    // Publishes any sequenced frame (given a seq by the stream) to an agent, for tests of odd traffic.
    InboundFrame publish(const QString& agentNick, const InboundFrame& frame);

    // Bulk traffic: message.created with bodies "压测消息 #000001", "#000002" … numbered across the run, spread round
    // robin over `conversations` conversations (opened on first use), so a test can check exactly-once and order.
    void sendBurst(int messages, int conversations = 1);
    void startBulk(double messagesPerSecond, int conversations = 1);
    void stopBulk();
    int bulkSent() const { return m_bulkCounter; }
    static QString bulkBody(int number);

    // Scripted buyers (BuyerLibrary): at most `maxBuyers` at a time, a new one every 60 / perMinute seconds.
    void startBuyers(int maxBuyers, double conversationsPerMinute);
    void stopBuyers();
    BuyerCrowd* buyers() const { return m_buyers.get(); }

    // Tests: break every connection like a network failure; forget every stream and drop the connections (a gateway
    // restarted without its state: workbenches reconnect and get stream_reset).
    void dropConnections();
    void resetStreams();

    QList<Conversation> conversations() const;
    Conversation conversation(const QString& conversationId) const;
    GatewayStream* stream(const QString& agentNick);  // nullptr when the agent has no stream yet
    int connectionCount() const;
    int liveConnectionCount() const;
    AgentStatus presenceOf(const QString& agentNick) const { return m_presence.value(agentNick, AgentStatus::Online); }
    QString routeAgent() const;  // who gets the next new conversation
    qint64 nowMs() const { return m_clock->nowMs(); }

Q_SIGNALS:
    void agentAuthenticated(const QString& agentNick);
    void connectionClosed(const QString& agentNick);
    // An agent's reply reached the buyer (once per client message id, however often it was sent).
    void replyDelivered(const QString& conversationId, const QString& clientMessageId, const QString& body);
    void conversationClosed(const QString& conversationId);

private:
    void onNewConnection();
    void onFrame(SimConnection* connection, const OutboundFrame& frame);
    static QString commandIdOf(const OutboundFrame& frame);  // a read/close/transfer/presence's id; else empty
    void onAuth(SimConnection* connection, const AuthFrame& auth);
    void onResume(SimConnection* connection, const ResumeFrame& resume);
    void onSend(SimConnection* connection, const MessageSendFrame& send);
    // The commands: true when processed, false when refused by an error (a repeat is then handled afresh).
    bool onRead(SimConnection* connection, const MessageReadFrame& read);
    bool onClose(SimConnection* connection, const ConversationCloseFrame& close);
    bool onTransfer(SimConnection* connection, const ConversationTransferFrame& transfer);
    MessageAckedFrame deliver(const QString& agentNick, const MessageSendFrame& send);
    void markDelivered(const QString& agentNick, const QString& clientMessageId);
    bool ownsConversation(const QString& agentNick, const QString& conversationId) const;
    bool isKnownAgent(const QString& agentNick) const;
    GatewayStream& streamFor(const QString& agentNick);
    void onBulkTick();

    SimOptions m_options;
    SystemClock m_systemClock;
    const Clock* m_clock = &m_systemClock;
    FaultInjector m_faults;
    SimRecord m_record;
    QWebSocketServer* m_server = nullptr;
    QString m_error;
    QList<QPointer<SimConnection>> m_connections;
    std::map<QString, std::unique_ptr<GatewayStream>> m_streams;
    QHash<QString, Conversation> m_conversations;
    QStringList m_conversationOrder;
    QHash<QString, MessageAckedFrame> m_sendResults;  // by client message id: a repeat gets the same answer
    QHash<QString, AgentStatus> m_presence;
    // By agent: the frame ids of the read/close/transfer/presence processed (not refused); a repeat changes nothing.
    QHash<QString, QSet<QString>> m_commandIds;
    QStringList m_signedIn;  // agents that have authenticated, oldest first
    int m_conversationCounter = 0;
    int m_buyerMessageCounter = 0;
    int m_replyCounter = 0;
    int m_bulkCounter = 0;
    QStringList m_bulkConversations;
    int m_bulkTarget = 0;
    double m_bulkRate = 0.0;
    QElapsedTimer m_bulkClock;
    int m_bulkAtStart = 0;
    QTimer m_bulkTimer;
    std::unique_ptr<BuyerCrowd> m_buyers;
};

}  // namespace kefu
