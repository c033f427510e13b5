#include "sim/GatewaySimulator.h"

#include "channel/client/SocketLowDelay.h"
#include "logging/Log.h"
#include "sim/BuyerCrowd.h"
#include "sim/SimConnection.h"

#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kefu {

GatewaySimulator::GatewaySimulator(SimOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_faults(m_options.faults, m_options.seed) {
    if (m_options.runTag.isEmpty()) {
        m_options.runTag = QString::number(m_systemClock.nowMs() / 1000, 36);
    }
    m_bulkTimer.setInterval(10);
    connect(&m_bulkTimer, &QTimer::timeout, this, &GatewaySimulator::onBulkTick);
    m_buyers = std::make_unique<BuyerCrowd>(*this, BuyerLibrary(m_options.products), m_options.seed,
                                            m_options.buyerThinkMs, m_options.replyTimeoutMs);
}

GatewaySimulator::~GatewaySimulator() {
    stop();
    // Connections go before the members their signals reach (the record, the list of connections).
    const QList<QPointer<SimConnection>> connections = m_connections;
    for (const QPointer<SimConnection>& connection : connections) {
        if (connection) {
            connection->disconnect(this);
            delete connection.data();
        }
    }
}

bool GatewaySimulator::start() {
    if (m_server) {
        return true;
    }
    m_server = new QWebSocketServer(u"kefudesk-gateway-sim"_s, QWebSocketServer::NonSecureMode, this);
    if (!m_server->listen(QHostAddress(m_options.host), m_options.port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    if (!setListenerLowDelay(*m_server)) {
        log::warn(u"模拟网关：无法关闭 Nagle（小帧可能被延迟）"_s);
    }
    connect(m_server, &QWebSocketServer::newConnection, this, &GatewaySimulator::onNewConnection);
    log::info("模拟网关：监听 {}", url().toString());
    return true;
}

void GatewaySimulator::stop() {
    stopBulk();
    stopBuyers();
    const QList<QPointer<SimConnection>> connections = m_connections;  // closing may remove them from the list
    for (const QPointer<SimConnection>& connection : connections) {
        if (connection) {
            connection->closeWith(QWebSocketProtocol::CloseCodeGoingAway, u"simulator stopped"_s);
        }
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

quint16 GatewaySimulator::port() const {
    return m_server ? m_server->serverPort() : 0;
}

QUrl GatewaySimulator::url() const {
    const bool anyAddress = QHostAddress(m_options.host).isEqual(QHostAddress::AnyIPv4) ||
                            QHostAddress(m_options.host).isEqual(QHostAddress::Any);
    return QUrl(u"ws://%1:%2"_s.arg(anyAddress ? u"127.0.0.1"_s : m_options.host).arg(port()));
}

void GatewaySimulator::setClock(const Clock* clock) {
    m_clock = clock ? clock : &m_systemClock;
}

void GatewaySimulator::onNewConnection() {
    while (m_server && m_server->hasPendingConnections()) {
        QWebSocket* socket = m_server->nextPendingConnection();
        const SimConnection::Timing timing{m_options.heartbeatIntervalMs, m_options.authTimeoutMs,
                                           m_options.maxBadFramesPerMinute};
        auto* connection = new SimConnection(socket, m_faults, *m_clock, timing, this);
        m_connections.append(connection);
        connect(connection, &SimConnection::frameReceived, this, &GatewaySimulator::onFrame);
        connect(connection, &SimConnection::badFrameReceived, this, [this](SimConnection* c, const QString& detail) {
            m_record.badFrame(nowMs(), c->agentNick(), detail);
        });
        connect(connection, &SimConnection::closed, this, [this](SimConnection* c) {
            m_record.connectionEvent(nowMs(), u"closed"_s, c->agentNick());
            m_connections.removeAll(QPointer<SimConnection>(c));
            Q_EMIT connectionClosed(c->agentNick());
            c->deleteLater();
        });
        m_record.connectionEvent(nowMs(), u"connected"_s, {}, socket->peerAddress().toString());
        connection->sendHello(
            HelloFrame{{}, m_options.shopNick, m_options.shopName, m_options.heartbeatIntervalMs, nowMs()});
    }
}

void GatewaySimulator::onFrame(SimConnection* connection, const OutboundFrame& frame) {
    m_record.received(nowMs(), connection->agentNick(), frame);
    if (!connection->isAuthenticated()) {
        if (const auto* auth = std::get_if<AuthFrame>(&frame)) {
            onAuth(connection, *auth);
        } else if (!std::holds_alternative<PingFrame>(frame) && !std::holds_alternative<PongFrame>(frame)) {
            connection->sendError(u"not_authenticated"_s, tr("尚未登录网关"),
                                  u"%1 before auth"_s.arg(QString::fromLatin1(frameType(frame))), {}, true);
        }
        return;
    }
    const QString& agent = connection->agentNick();
    const QString commandId = commandIdOf(frame);
    if (!commandId.isEmpty() && m_commandIds.value(agent).contains(commandId)) {
        return;  // processed already (protocol v1 §6): the conversation may have changed since, so it changes nothing
    }
    bool processed = true;  // false: refused by an error, so a repeat is handled afresh
    if (const auto* resume = std::get_if<ResumeFrame>(&frame)) {
        onResume(connection, *resume);
    } else if (const auto* send = std::get_if<MessageSendFrame>(&frame)) {
        onSend(connection, *send);
    } else if (const auto* read = std::get_if<MessageReadFrame>(&frame)) {
        processed = onRead(connection, *read);
    } else if (const auto* close = std::get_if<ConversationCloseFrame>(&frame)) {
        processed = onClose(connection, *close);
    } else if (const auto* transfer = std::get_if<ConversationTransferFrame>(&frame)) {
        processed = onTransfer(connection, *transfer);
    } else if (const auto* presence = std::get_if<PresenceFrame>(&frame)) {
        m_presence.insert(agent, presence->status);
    } else if (const auto* ack = std::get_if<AckFrame>(&frame)) {
        streamFor(agent).ack(ack->seq);
    }
    // A second auth, a ping (answered by the connection) or a pong: nothing more to do.
    if (processed && !commandId.isEmpty()) {
        m_commandIds[agent].insert(commandId);
    }
}

QString GatewaySimulator::commandIdOf(const OutboundFrame& frame) {
    const bool command =
        std::holds_alternative<MessageReadFrame>(frame) || std::holds_alternative<ConversationCloseFrame>(frame) ||
        std::holds_alternative<ConversationTransferFrame>(frame) || std::holds_alternative<PresenceFrame>(frame);
    return command ? std::visit([](const auto& f) { return f.id; }, frame) : QString();
}

void GatewaySimulator::onAuth(SimConnection* connection, const AuthFrame& auth) {
    if (auth.token != m_options.token) {
        m_record.connectionEvent(nowMs(), u"auth_refused"_s, auth.agentNick);
        connection->sendError(u"auth_failed"_s, tr("登录凭证无效，请重新登录"), {}, auth.id, true,
                              QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    connection->markAuthenticated(auth.agentNick);
    streamFor(auth.agentNick);
    m_signedIn.removeAll(auth.agentNick);
    m_signedIn.append(auth.agentNick);
    m_record.connectionEvent(nowMs(), u"authenticated"_s, auth.agentNick, auth.client);
    Q_EMIT agentAuthenticated(auth.agentNick);
}

void GatewaySimulator::onResume(SimConnection* connection, const ResumeFrame& resume) {
    GatewayStream& stream = streamFor(connection->agentNick());
    const GatewayStream::Resume plan = stream.resume(resume.lastSeq);
    const QString detail = u"last_seq %1, highest %2, retained %3"_s.arg(resume.lastSeq)
                               .arg(stream.highestSeq())
                               .arg(stream.retainedCount());
    if (plan.errorCode == u"resume_too_old") {
        connection->sendError(plan.errorCode, tr("部分历史消息已过期，会话记录可能不完整"), detail, resume.id);
    } else if (plan.errorCode == u"stream_reset") {
        connection->sendError(plan.errorCode, tr("网关已重置，正在重新同步消息"), detail, resume.id);
    }
    for (const InboundFrame& frame : plan.frames) {
        connection->send(frame);
    }
    connection->markLive();
}

void GatewaySimulator::onSend(SimConnection* connection, const MessageSendFrame& send) {
    const QString& agent = connection->agentNick();
    m_record.replySent(nowMs(), agent, send);
    auto known = m_sendResults.constFind(send.clientMessageId);
    const MessageAckedFrame result = known != m_sendResults.constEnd() ? known.value() : deliver(agent, send);
    m_sendResults.insert(send.clientMessageId, result);
    publish(agent, result);
}

MessageAckedFrame GatewaySimulator::deliver(const QString& agentNick, const MessageSendFrame& send) {
    MessageAckedFrame ack;
    ack.clientMessageId = send.clientMessageId;
    QString failure;
    if (!ownsConversation(agentNick, send.conversationId)) {
        failure = tr("会话不存在或已转接给其他客服");
    } else if (m_conversations.value(send.conversationId).closed) {
        failure = tr("会话已结束，买家收不到这条消息");
    } else {
        for (const QString& word : std::as_const(m_options.forbiddenWords)) {
            if (!word.isEmpty() && send.body.contains(word)) {
                failure = tr("消息包含违禁词");
            }
        }
    }
    if (!failure.isEmpty()) {
        ack.status = MessageStatus::Failed;
        ack.reason = failure;
        m_record.replyFailed(send.clientMessageId, failure);
        return ack;
    }
    ack.status = MessageStatus::Sent;
    ack.gatewayMessageId = u"gw:%1.r%2"_s.arg(m_options.runTag).arg(++m_replyCounter);
    ack.sentAtMs = nowMs();
    m_record.replyDelivered(nowMs(), send.clientMessageId);
    Q_EMIT replyDelivered(send.conversationId, send.clientMessageId, send.body);
    if (m_options.deliveredAfterMs >= 0) {
        QTimer::singleShot(m_options.deliveredAfterMs, this,
                           [this, agentNick, id = send.clientMessageId] { markDelivered(agentNick, id); });
    }
    return ack;
}

void GatewaySimulator::markDelivered(const QString& agentNick, const QString& clientMessageId) {
    auto it = m_sendResults.find(clientMessageId);
    if (it == m_sendResults.end() || it->status != MessageStatus::Sent) {
        return;
    }
    it->status = MessageStatus::Delivered;  // a later re-send is answered with the newest status
    publish(agentNick, *it);
}

bool GatewaySimulator::onRead(SimConnection* connection, const MessageReadFrame& read) {
    if (!ownsConversation(connection->agentNick(), read.conversationId)) {
        connection->sendError(u"unknown_conversation"_s, tr("会话不存在或不属于当前客服"), read.conversationId,
                              read.id);
        return false;
    }
    return true;
}

bool GatewaySimulator::onClose(SimConnection* connection, const ConversationCloseFrame& close) {
    if (!ownsConversation(connection->agentNick(), close.conversationId)) {
        connection->sendError(u"unknown_conversation"_s, tr("会话不存在或不属于当前客服"), close.conversationId,
                              close.id);
        return false;
    }
    Conversation& conversation = m_conversations[close.conversationId];
    if (!conversation.closed) {
        conversation.closed = true;
        Q_EMIT conversationClosed(close.conversationId);
    }
    return true;
}

bool GatewaySimulator::onTransfer(SimConnection* connection, const ConversationTransferFrame& transfer) {
    const QString& agent = connection->agentNick();
    if (const auto it = m_conversations.constFind(transfer.conversationId);
        it != m_conversations.constEnd() && it->agentNick == transfer.toAgentNick) {
        // Already there: a transfer re-sent after a reconnect (protocol v1 §6) changes nothing and says nothing.
        return true;
    }
    if (!ownsConversation(agent, transfer.conversationId)) {
        connection->sendError(u"unknown_conversation"_s, tr("会话不存在或不属于当前客服"), transfer.conversationId,
                              transfer.id);
        return false;
    }
    if (!isKnownAgent(transfer.toAgentNick)) {
        connection->sendError(u"unknown_agent"_s, tr("转接的客服不存在或不在线"), transfer.toAgentNick, transfer.id);
        return false;
    }
    transferByPlatform(transfer.conversationId, transfer.toAgentNick, transfer.reason);
    return true;
}

void GatewaySimulator::transferByPlatform(const QString& conversationId, const QString& toAgentNick,
                                          const QString& reason) {
    auto it = m_conversations.find(conversationId);
    if (it == m_conversations.end()) {
        return;
    }
    const QString from = it->agentNick;
    it->agentNick = toAgentNick;
    const ConversationTransferredFrame moved{{}, 0, conversationId, from, toAgentNick, reason, nowMs()};
    publish(from, moved);
    if (toAgentNick != from) {
        publish(toAgentNick, moved);
    }
}

bool GatewaySimulator::ownsConversation(const QString& agentNick, const QString& conversationId) const {
    const auto it = m_conversations.constFind(conversationId);
    return it != m_conversations.constEnd() && it->agentNick == agentNick;
}

bool GatewaySimulator::isKnownAgent(const QString& agentNick) const {
    return m_options.knownAgents.contains(agentNick) || m_signedIn.contains(agentNick);
}

GatewayStream& GatewaySimulator::streamFor(const QString& agentNick) {
    auto it = m_streams.find(agentNick);
    if (it == m_streams.end()) {
        it = m_streams
                 .emplace(agentNick,
                          std::make_unique<GatewayStream>(agentNick, m_options.firstSeq, m_options.retentionLimit))
                 .first;
    }
    return *it->second;
}

GatewayStream* GatewaySimulator::stream(const QString& agentNick) {
    const auto it = m_streams.find(agentNick);
    return it == m_streams.end() ? nullptr : it->second.get();
}

InboundFrame GatewaySimulator::publish(const QString& agentNick, const InboundFrame& frame) {
    const InboundFrame numbered = streamFor(agentNick).append(frame);
    const QList<QPointer<SimConnection>> connections = m_connections;  // a drop fault may close one while sending
    for (const QPointer<SimConnection>& connection : connections) {
        if (connection && connection->isLive() && connection->agentNick() == agentNick) {
            connection->send(numbered);
        }
    }
    return numbered;
}

QString GatewaySimulator::routeAgent() const {
    for (auto it = m_signedIn.crbegin(); it != m_signedIn.crend(); ++it) {
        if (presenceOf(*it) == AgentStatus::Online) {
            return *it;
        }
    }
    return m_signedIn.isEmpty() ? m_options.defaultAgent : m_signedIn.constLast();
}

QString GatewaySimulator::openConversation(const QString& buyerNick, Channel channel) {
    const QString id = u"conv-%1-%2"_s.arg(m_options.runTag).arg(++m_conversationCounter);
    const Conversation conversation{id, buyerNick, routeAgent(), channel, false};
    m_conversations.insert(id, conversation);
    m_conversationOrder.append(id);
    publish(conversation.agentNick, ConversationOpenedFrame{{}, 0, id, buyerNick, channel, nowMs()});
    return id;
}

QString GatewaySimulator::buyerSays(const QString& conversationId, MessageKind kind, const QString& body) {
    auto it = m_conversations.find(conversationId);
    if (it == m_conversations.end()) {
        return {};
    }
    if (it->closed) {
        // The buyer writes again after the agent closed: the platform re-opens the conversation.
        it->closed = false;
        publish(it->agentNick, ConversationOpenedFrame{{}, 0, it->id, it->buyerNick, it->channel, nowMs()});
    }
    const QString messageId = u"gw:%1.b%2"_s.arg(m_options.runTag).arg(++m_buyerMessageCounter);
    publish(it->agentNick, MessageCreatedFrame{{}, 0, messageId, it->id, it->buyerNick, kind, body, nowMs()});
    return messageId;
}

QString GatewaySimulator::buyerSays(const QString& conversationId, const QString& text) {
    return buyerSays(conversationId, MessageKind::Text, text);
}

void GatewaySimulator::orderUpdated(const QString& conversationId, const QString& tid, TradeStatus status,
                                    Money payment) {
    const auto it = m_conversations.constFind(conversationId);
    if (it != m_conversations.constEnd()) {
        publish(it->agentNick, OrderUpdatedFrame{{}, 0, tid, it->buyerNick, status, payment, nowMs()});
    }
}

void GatewaySimulator::refundUpdated(const QString& conversationId, RefundUpdatedFrame refund) {
    const auto it = m_conversations.constFind(conversationId);
    if (it == m_conversations.constEnd()) {
        return;
    }
    refund.buyerNick = it->buyerNick;
    if (refund.modifiedAtMs == 0) {
        refund.modifiedAtMs = nowMs();
    }
    publish(it->agentNick, refund);
}

QString GatewaySimulator::bulkBody(int number) {
    return u"压测消息 #%1"_s.arg(number, 6, 10, QLatin1Char('0'));
}

void GatewaySimulator::sendBurst(int messages, int conversations) {
    conversations = qMax(1, conversations);
    while (m_bulkConversations.size() < conversations) {
        const QString nick = u"压测买家%1"_s.arg(m_bulkConversations.size() + 1, 3, 10, QLatin1Char('0'));
        m_bulkConversations.append(openConversation(nick, Channel::Tmall));
    }
    for (int i = 0; i < messages; ++i) {
        const QString& conversation = m_bulkConversations.at(m_bulkCounter % conversations);
        buyerSays(conversation, bulkBody(++m_bulkCounter));
    }
}

void GatewaySimulator::startBulk(double messagesPerSecond, int conversations) {
    m_bulkRate = qMax(0.0, messagesPerSecond);
    m_bulkTarget = qMax(1, conversations);
    m_bulkAtStart = m_bulkCounter;
    m_bulkClock.start();
    sendBurst(0, m_bulkTarget);
    m_bulkTimer.start();
}

void GatewaySimulator::stopBulk() {
    m_bulkTimer.stop();
}

void GatewaySimulator::onBulkTick() {
    const auto due = static_cast<int>(std::floor(static_cast<double>(m_bulkClock.elapsed()) * m_bulkRate / 1000.0));
    const int missing = m_bulkAtStart + due - m_bulkCounter;
    if (missing > 0) {
        sendBurst(missing, m_bulkTarget);
    }
}

void GatewaySimulator::startBuyers(int maxBuyers, double conversationsPerMinute) {
    m_buyers->start(maxBuyers, conversationsPerMinute);
}

void GatewaySimulator::stopBuyers() {
    if (m_buyers) {
        m_buyers->stop();
    }
}

void GatewaySimulator::dropConnections() {
    const QList<QPointer<SimConnection>> connections = m_connections;
    for (const QPointer<SimConnection>& connection : connections) {
        if (connection) {
            connection->abortConnection();
        }
    }
}

void GatewaySimulator::resetStreams() {
    dropConnections();
    m_streams.clear();
}

QList<GatewaySimulator::Conversation> GatewaySimulator::conversations() const {
    QList<Conversation> list;
    for (const QString& id : m_conversationOrder) {
        list.append(m_conversations.value(id));
    }
    return list;
}

GatewaySimulator::Conversation GatewaySimulator::conversation(const QString& conversationId) const {
    return m_conversations.value(conversationId);
}

int GatewaySimulator::connectionCount() const {
    int count = 0;
    for (const QPointer<SimConnection>& connection : m_connections) {
        count += connection && connection->isOpen() ? 1 : 0;
    }
    return count;
}

int GatewaySimulator::liveConnectionCount() const {
    int count = 0;
    for (const QPointer<SimConnection>& connection : m_connections) {
        count += connection && connection->isOpen() && connection->isLive() ? 1 : 0;
    }
    return count;
}

}  // namespace kefu
