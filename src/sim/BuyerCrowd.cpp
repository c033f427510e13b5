#include "sim/BuyerCrowd.h"

#include "sim/GatewaySimulator.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QRandomGenerator seeded(quint64 seed, quint32 purpose) {
    const std::array<quint32, 3> words{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32), purpose};
    return QRandomGenerator(words.data(), static_cast<qsizetype>(words.size()));
}

}  // namespace

BuyerCrowd::BuyerCrowd(GatewaySimulator& simulator, BuyerLibrary library, quint64 seed, qint64 thinkMs,
                       qint64 replyTimeoutMs)
    : m_simulator(simulator),
      m_library(std::move(library)),
      m_stories(seeded(seed, 0xb0e5U)),
      m_pauses(seeded(seed, 0x7a11U)),
      m_thinkMs(thinkMs),
      m_replyTimeoutMs(replyTimeoutMs) {
    connect(&m_opener, &QTimer::timeout, this, &BuyerCrowd::onTick);
    connect(&m_simulator, &GatewaySimulator::replyDelivered, this,
            [this](const QString& conversationId, const QString&, const QString&) { onReply(conversationId); });
    connect(&m_simulator, &GatewaySimulator::conversationClosed, this, &BuyerCrowd::onConversationClosed);
}

BuyerCrowd::~BuyerCrowd() = default;

void BuyerCrowd::start(int maxBuyers, double conversationsPerMinute) {
    m_maxBuyers = qMax(0, maxBuyers);
    if (m_maxBuyers == 0 || conversationsPerMinute <= 0.0) {
        return;
    }
    m_opener.start(static_cast<int>(qMax(10.0, 60000.0 / conversationsPerMinute)));
    onTick();
}

void BuyerCrowd::stop() {
    m_opener.stop();
    for (QTimer* timer : std::as_const(m_timers)) {
        timer->stop();
    }
}

int BuyerCrowd::activeCount() const {
    int count = 0;
    for (const Buyer& buyer : m_buyers) {
        count += buyer.finished ? 0 : 1;
    }
    return count;
}

void BuyerCrowd::onTick() {
    // 挂起/离线 agents receive no new conversations.
    if (activeCount() < m_maxBuyers && m_simulator.presenceOf(m_simulator.routeAgent()) == AgentStatus::Online) {
        startBuyer();
    }
}

QString BuyerCrowd::startBuyer() {
    return startBuyer(m_library.make(m_stories));
}

QString BuyerCrowd::startBuyer(const BuyerScript& script) {
    const QString id = m_simulator.openConversation(script.buyerNick, script.channel);
    Buyer buyer;
    buyer.conversationId = id;
    buyer.script = script;
    m_buyers.insert(id, buyer);
    m_order.append(id);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    m_timers.insert(id, timer);
    advance(id);
    return id;
}

void BuyerCrowd::advance(const QString& conversationId) {
    auto it = m_buyers.find(conversationId);
    if (it == m_buyers.end() || it->finished) {
        return;
    }
    while (it->nextStep < it->script.steps.size()) {
        const BuyerStep step = it->script.steps.at(it->nextStep++);
        perform(*it, step);
        if (step.awaitsReply) {
            it->awaitingReply = true;
            schedule(conversationId, m_replyTimeoutMs, true);
            return;
        }
    }
    finish(*it);
}

void BuyerCrowd::perform(Buyer& buyer, const BuyerStep& step) {
    const BuyerScript& s = buyer.script;
    switch (step.action) {
        case BuyerStep::Action::Say:
            m_simulator.buyerSays(buyer.conversationId, step.kind, step.body);
            break;
        case BuyerStep::Action::OrderUpdated:
            m_simulator.orderUpdated(buyer.conversationId, s.tid, step.tradeStatus, s.payment);
            break;
        case BuyerStep::Action::RefundOpened: {
            RefundUpdatedFrame refund;
            refund.refundId = s.refundId;
            refund.tid = s.tid;
            refund.oid = s.oid;
            refund.type = s.refundType;
            refund.status = RefundStatus::WaitSellerAgree;
            refund.refundFee = s.payment;
            refund.reason = s.refundReason;
            m_simulator.refundUpdated(buyer.conversationId, refund);
            break;
        }
    }
}

void BuyerCrowd::onReply(const QString& conversationId) {
    auto it = m_buyers.find(conversationId);
    if (it == m_buyers.end()) {
        return;
    }
    ++it->repliesSeen;
    if (it->awaitingReply && !it->finished) {
        it->awaitingReply = false;
        schedule(conversationId, thinkDelay(), false);
    }
}

void BuyerCrowd::onConversationClosed(const QString& conversationId) {
    auto it = m_buyers.find(conversationId);
    if (it != m_buyers.end() && !it->finished) {
        finish(*it);
    }
}

void BuyerCrowd::schedule(const QString& conversationId, qint64 delayMs, bool isReplyTimeout) {
    QTimer* timer = m_timers.value(conversationId);
    if (!timer) {
        return;
    }
    timer->disconnect(this);
    connect(timer, &QTimer::timeout, this, [this, conversationId, isReplyTimeout] {
        auto it = m_buyers.find(conversationId);
        if (it == m_buyers.end()) {
            return;
        }
        if (isReplyTimeout) {
            ++it->timeouts;  // nobody answered: the buyer carries on anyway
            it->awaitingReply = false;
        }
        advance(conversationId);
    });
    timer->start(static_cast<int>(qMax<qint64>(0, delayMs)));
}

qint64 BuyerCrowd::thinkDelay() {
    if (m_thinkMs <= 0) {
        return 0;
    }
    return qRound64(static_cast<double>(m_thinkMs) * (0.5 + m_pauses.generateDouble()));
}

void BuyerCrowd::finish(Buyer& buyer) {
    buyer.finished = true;
    buyer.awaitingReply = false;
    if (QTimer* timer = m_timers.value(buyer.conversationId)) {
        timer->stop();
    }
    Q_EMIT buyerFinished(buyer.conversationId);
}

}  // namespace kefu
