#include "demo/DemoDialogues.h"

#include "core/PhraseTemplate.h"
#include "core/ShopTime.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRandom.h"
#include "demo/DemoResources.h"
#include "demo/DemoWorld.h"
#include "store/ConversationRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

// How long the buyers in the 待回复 queue have been waiting, in seconds: mostly under a few minutes, a tail of
// forgotten ones, so the wait counters and the "longest first" order have something to show.
constexpr int kWaitSeconds[] = {8,   15,  22,  31,  44,  58,   75,   95,   118,  150,  180,  215,  260,  320,
                                390, 470, 560, 690, 840, 1020, 1250, 1500, 1900, 2400, 3100, 4000, 5400, 7800};
constexpr int kInProgress = 34;

bool isOrderNeed(const QString& needs) {
    return needs == u"unpaid"_s || needs == u"toShip"_s || needs == u"shipped"_s || needs == u"stalled"_s ||
           needs == u"received"_s;
}

}  // namespace

DemoDialogues::DemoDialogues(Database& db, DemoRandom& random, DemoWorld& world, DemoPeople& people,
                             QJsonObject dialogues)
    : m_db(db), m_random(random), m_world(world), m_people(people), m_json(std::move(dialogues)) {}

bool DemoDialogues::orderFits(const QString& needs, const Order& order, Outcome outcome) const {
    const Shipment* parcel = order.shipments.isEmpty() ? nullptr : &order.shipments.first();
    const bool delivered = parcel && parcel->events.size() >= 7;
    bool fits = false;
    if (needs == u"unpaid"_s) {
        fits = order.status == TradeStatus::WaitBuyerPay;
    } else if (needs == u"toShip"_s) {
        fits = order.status == TradeStatus::WaitSellerSendGoods;
    } else if (needs == u"shipped"_s) {
        fits = order.status == TradeStatus::WaitBuyerConfirmGoods && parcel && !parcel->events.isEmpty() &&
               !delivered && !parcel->isStalled(m_world.nowMs);
    } else if (needs == u"stalled"_s) {
        fits = order.status == TradeStatus::WaitBuyerConfirmGoods && parcel && parcel->isStalled(m_world.nowMs);
    } else if (needs == u"received"_s) {
        fits = order.status == TradeStatus::TradeFinished || order.status == TradeStatus::TradeBuyerSigned ||
               (order.status == TradeStatus::WaitBuyerConfirmGoods && delivered);
    }
    if (!fits) {
        return false;
    }
    const qint64 anchor = DemoTopic::anchorFor(order, m_world.nowMs).value_or(order.createdAtMs);
    if (outcome == Outcome::Closed) {
        return anchor <= m_world.nowMs - 3 * kHourMs;
    }
    return anchor <= m_world.nowMs - 20 * kMinuteMs && anchor >= m_world.nowMs - 8 * kDayMs &&
           !m_openCustomers.contains(order.customerId);
}

std::optional<DemoTopic> DemoDialogues::topicFor(const QString& needs, Outcome outcome, qint64& customerId) {
    if (isOrderNeed(needs)) {
        QList<const Order*> candidates;
        for (const Order& order : m_world.orders) {
            if (orderFits(needs, order, outcome)) {
                candidates.append(&order);
            }
        }
        if (candidates.isEmpty()) {
            return std::nullopt;
        }
        const Order* order = m_random.pick(candidates);
        customerId = order->customerId;
        return DemoTopic::forOrder(m_world, *order, m_people, m_random);
    }

    QList<const DemoWorld::Buyer*> buyers;
    for (const DemoWorld::Buyer& buyer : m_world.buyers) {
        if (outcome == Outcome::Closed || !m_openCustomers.contains(buyer.customer.id)) {
            buyers.append(&buyer);
        }
    }
    if (buyers.isEmpty()) {
        return std::nullopt;
    }
    customerId = m_random.pick(buyers)->customer.id;
    if (needs == u"none"_s) {
        return DemoTopic{};
    }
    QList<qint64> products;
    for (const DemoWorld::CatalogItem& item : m_world.catalog) {
        const Product& p = item.product;
        bool fits = p.onSale && (needs == u"shoe"_s ? item.isShoe : !p.sizeChart.isEmpty());
        if (fits && needs == u"soldOut"_s) {
            fits = std::any_of(p.skus.cbegin(), p.skus.cend(), [](const Sku& s) { return s.stock == 0; });
        }
        if (fits) {
            products.append(p.id);
        }
    }
    if (products.isEmpty()) {
        return std::nullopt;
    }
    return DemoTopic::forProduct(m_world, m_random.pick(products), m_random);
}

QList<DemoDialogues::Line> DemoDialogues::expand(const QJsonObject& script, const DemoTopic& topic,
                                                 const QHash<QString, QString>& slots) {
    const QStringList emoticons = DemoResources::strings(m_json.value(u"emoticons"_s));
    const QList<Agent> supervisors = m_world.agentsWithRole(AgentRole::Supervisor);
    QList<Line> lines;
    bool transferred = false;
    for (const QJsonValue& value : script.value(u"lines"_s).toArray()) {
        const QJsonArray pair = value.toArray();
        const QString who = pair.at(0).toString();
        const QString text = DemoResources::pickText(pair.at(1), m_random);
        Line line;
        line.direction = who == u"b"_s   ? MessageDirection::Buyer
                         : who == u"a"_s ? MessageDirection::Agent
                                         : MessageDirection::System;
        if (text == u"@product"_s || text == u"@related"_s || text == u"@order"_s) {
            line.kind = text == u"@order"_s ? MessageKind::OrderCard : MessageKind::ProductCard;
            line.body = text == u"@order"_s ? topic.tid : (text == u"@product"_s ? topic.numIid : topic.relatedNumIid);
            if (line.body.isEmpty()) {
                continue;
            }
        } else if (text == u"@image"_s) {
            line.kind = MessageKind::Image;
            line.body = u"demo/photo_%1.jpg"_s.arg(++m_imageSerial, 3, 10, QLatin1Char('0'));
        } else if (text == u"@transfer"_s) {
            if (supervisors.isEmpty()) {
                continue;
            }
            line.kind = MessageKind::SystemNotice;
            line.body = u"会话已转接给 "_s + supervisors.first().nick;
            transferred = true;
        } else {
            line.body = PhraseTemplate::fill(text, slots).text;
            if (line.direction == MessageDirection::Buyer && !emoticons.isEmpty() && m_random.percent(6)) {
                line.body += m_random.pick(emoticons);
            }
        }
        line.byTransferTarget = transferred && line.direction == MessageDirection::Agent;
        lines.append(line);
    }
    return lines;
}

int DemoDialogues::cutPoint(const QList<Line>& lines, Outcome outcome) {
    if (outcome == Outcome::Closed) {
        return static_cast<int>(lines.size()) - 1;
    }
    // A waiting conversation ends on the buyer's turn, one in progress on the agent's.
    const MessageDirection last = outcome == Outcome::Waiting ? MessageDirection::Buyer : MessageDirection::Agent;
    QList<int> ends;
    QList<int> weights;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).direction == last && (i + 1 == lines.size() || lines.at(i + 1).direction != last)) {
            weights.append(ends.isEmpty() && outcome == Outcome::Waiting ? 3 : 1);  // many waits are fresh chats
            ends.append(i);
        }
    }
    return ends.isEmpty() ? -1 : ends.at(m_random.weighted(weights));
}

QList<qint64> DemoDialogues::offsets(const QList<Line>& lines) {
    QList<qint64> result;
    qint64 at = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            const MessageDirection from = lines.at(i - 1).direction;
            const MessageDirection to = lines.at(i).direction;
            qint64 lo = 3;
            qint64 hi = 20;
            if (from == MessageDirection::Buyer && to == MessageDirection::Buyer) {
                lo = 3, hi = 25;
            } else if (from == MessageDirection::Buyer && to == MessageDirection::Agent) {
                lo = 12, hi = 100;  // the agent reads, looks it up, types
            } else if (from == MessageDirection::Agent && to == MessageDirection::Agent) {
                lo = 4, hi = 30;
            } else if (from == MessageDirection::Agent && to == MessageDirection::Buyer) {
                lo = 20, hi = 300;
            }
            at += m_random.between(lo, hi) * kSecondMs;
        }
        result.append(at);
    }
    return result;
}

qint64 DemoDialogues::closedStart(std::optional<qint64> anchorMs, qint64 durationMs) {
    const qint64 latest = m_world.nowMs - durationMs - m_random.between(30, 180) * kMinuteMs;
    if (anchorMs) {
        const qint64 upper = std::min(latest, *anchorMs + 5 * kDayMs);
        if (upper <= *anchorMs) {
            return *anchorMs;
        }
        qint64 start = m_random.between(*anchorMs, upper);
        for (int attempt = 0; attempt < 6 && !ShopTime::inServiceHours(start); ++attempt) {
            start = m_random.between(*anchorMs, upper);  // buyers write at night too, but mostly they do not
        }
        return start;
    }
    // Closed chats spread over the last month, inside service hours (08:00–23:00 Shanghai).
    const QDate today = ShopTime::businessDay(m_world.nowMs);
    const int minuteOfDay = static_cast<int>(m_random.between(8 * 60 + 30, 22 * 60 + 20));
    qint64 start = ShopTime::fromShanghai(today.addDays(-m_random.between(0, 29)), minuteOfDay / 60, minuteOfDay % 60);
    while (start > latest) {
        start -= kDayMs;
    }
    return start;
}

std::optional<DemoDialogues::Planned> DemoDialogues::plan(Outcome outcome, qint64 waitMs) {
    const QJsonArray scripts = m_json.value(u"scripts"_s).toArray();
    QList<int> weights;
    for (const QJsonValue& s : scripts) {
        weights.append(s.toObject().value(u"weight"_s).toInt(1));
    }
    for (int attempt = 0; attempt < 40; ++attempt) {
        const QJsonObject script = scripts.at(m_random.weighted(weights)).toObject();
        qint64 customerId = 0;
        const std::optional<DemoTopic> topic = topicFor(script.value(u"needs"_s).toString(), outcome, customerId);
        if (!topic) {
            continue;
        }
        const AgentRole role =
            script.value(u"role"_s).toString() == u"aftersale"_s ? AgentRole::AfterSale : AgentRole::PreSale;
        QList<Agent> pool;
        for (const Agent& a : m_world.agentsWithRole(role)) {
            if (outcome == Outcome::Closed || a.status != AgentStatus::Offline) {
                pool.append(a);
            }
        }
        const Agent agent = m_random.pick(pool);
        const QList<Agent> supervisors = m_world.agentsWithRole(AgentRole::Supervisor);
        const DemoWorld::Buyer* buyer = m_world.buyerById(customerId);

        QHash<QString, QString> slots = topic->slots;
        slots.insert(u"买家昵称"_s, buyer ? buyer->customer.buyerNick : QString());
        slots.insert(u"店铺名"_s, m_world.shop.name);
        slots.insert(u"客服昵称"_s, agent.displayName);
        slots.insert(u"城市"_s, buyer ? buyer->receiver.city : u"杭州市"_s);
        QList<Line> lines = expand(script, *topic, slots);
        const int cut = cutPoint(lines, outcome);
        if (cut < 0) {
            continue;
        }
        lines = lines.mid(0, cut + 1);
        QList<qint64> offs = offsets(lines);
        const int last = static_cast<int>(lines.size()) - 1;

        qint64 start = 0;
        if (outcome == Outcome::Waiting) {
            int firstUnanswered = last;
            while (firstUnanswered > 0 && lines.at(firstUnanswered - 1).direction == MessageDirection::Buyer) {
                --firstUnanswered;
            }
            // The buyer's follow-ups all arrived before now.
            if (last > firstUnanswered && offs.at(last) - offs.at(firstUnanswered) >= waitMs) {
                const qint64 step = std::max<qint64>(500, (waitMs - kSecondMs) / (last - firstUnanswered));
                for (int i = firstUnanswered + 1; i <= last; ++i) {
                    offs[i] = offs.at(firstUnanswered) + (i - firstUnanswered) * step;
                }
            }
            start = m_world.nowMs - waitMs - offs.at(firstUnanswered);
        } else if (outcome == Outcome::InProgress) {
            start = m_world.nowMs - m_random.between(20, 25 * 60) * kSecondMs - offs.at(last);
        } else {
            start = closedStart(topic->anchorMs, offs.at(last));
        }
        if (outcome != Outcome::Closed && topic->anchorMs && start < *topic->anchorMs) {
            continue;
        }

        Planned planned;
        bool transferred = false;
        std::optional<qint64> answeredBy;
        for (int i = 0; i <= last; ++i) {
            const Line& line = lines.at(i);
            Message m;
            m.direction = line.direction;
            m.kind = line.kind;
            m.body = line.body;
            m.status = MessageStatus::Delivered;
            m.sentAtMs = start + offs.at(i);
            if (line.direction == MessageDirection::Agent) {
                const bool bySupervisor = line.byTransferTarget && !supervisors.isEmpty();
                m.agentId = bySupervisor ? supervisors.first().id : agent.id;
                answeredBy = m.agentId;
                transferred = transferred || bySupervisor;
            }
            planned.messages.append(m);
        }
        Conversation& c = planned.conversation;
        c.customerId = customerId;
        c.channel = m_random.percent(70) ? Channel::Tmall : Channel::Taobao;
        c.openedAtMs = planned.messages.first().sentAtMs;
        c.status = outcome == Outcome::Waiting      ? ConversationStatus::Waiting
                   : outcome == Outcome::InProgress ? ConversationStatus::InProgress
                                                    : ConversationStatus::Closed;
        if (answeredBy) {
            c.assignedAgentId = answeredBy;
        } else if (m_random.percent(35)) {
            c.assignedAgentId = agent.id;  // dispatched to an agent who has not answered yet
        }
        if (outcome == Outcome::Closed) {
            planned.closedAtMs = std::min(planned.messages.last().sentAtMs + m_random.between(1, 15) * kMinuteMs,
                                          m_world.nowMs - kMinuteMs);
        } else {
            m_openCustomers.insert(customerId);
        }
        // Once the agent has confirmed the new address in the chat, the order carries it.
        if (topic->newReceiver) {
            const QString address = topic->newReceiver->fullAddress();
            for (const Message& m : planned.messages) {
                if (m.direction == MessageDirection::Agent && m.body.contains(address)) {
                    planned.addressChangeTid = topic->tid;
                    planned.newReceiver = topic->newReceiver;
                }
            }
        }
        return planned;
    }
    return std::nullopt;
}

Status DemoDialogues::store(const Planned& planned, Repositories& repositories, int& messageCount) {
    ConversationRepository& conversations = repositories.conversations;
    auto id = conversations.create(planned.conversation);
    if (!id) {
        return id.error();
    }
    QList<Message> messages = planned.messages;
    for (Message& m : messages) {
        m.conversationId = *id;
        ++messageCount;
        m.gatewayMessageId = u"demo-%1"_s.arg(messageCount, 6, 10, QLatin1Char('0'));
        if (m.direction == MessageDirection::Agent) {
            m.clientMessageId = u"demo-client-%1"_s.arg(messageCount, 6, 10, QLatin1Char('0'));
        }
    }
    if (auto stored = repositories.messages.appendBatch(messages); !stored) {
        return stored.error();
    }
    if (planned.closedAtMs) {
        if (Status s = conversations.close(*id, *planned.closedAtMs); !s) {
            return s;
        }
    }
    if (planned.conversation.status != ConversationStatus::Waiting) {
        if (Status s = conversations.markRead(*id); !s) {
            return s;
        }
    }
    if (!planned.addressChangeTid.isEmpty() && planned.newReceiver) {
        OrderRepository& orders = repositories.orders;
        if (Status s = orders.updateReceiver(planned.addressChangeTid, *planned.newReceiver); !s) {
            return s;
        }
        if (Status s = orders.updateSellerMemo(planned.addressChangeTid, u"买家旺旺要求改地址，已按新地址修改"_s, 3);
            !s) {
            return s;
        }
    }
    return {};
}

Result<DemoDialogues::Counts> DemoDialogues::seed(int count) {
    const int waiting = static_cast<int>(std::size(kWaitSeconds));
    QList<Planned> planned;
    for (int i = 0; i < count; ++i) {
        const Outcome outcome = i < waiting                 ? Outcome::Waiting
                                : i < waiting + kInProgress ? Outcome::InProgress
                                                            : Outcome::Closed;
        const qint64 waitMs = i < waiting ? kWaitSeconds[i] * kSecondMs : 0;
        if (std::optional<Planned> p = plan(outcome, waitMs)) {
            planned.append(*p);
        }
    }
    // Stored oldest first, so ids grow with time as they would in a real inbox.
    std::stable_sort(planned.begin(), planned.end(), [](const Planned& a, const Planned& b) {
        return a.conversation.openedAtMs < b.conversation.openedAtMs;
    });
    // One set of repositories for the whole burst, so their prepared statements are reused.
    ConversationRepository conversations(m_db);
    MessageRepository messages(m_db);
    OrderRepository orders(m_db);
    Repositories repositories{conversations, messages, orders};
    Counts counts;
    for (const Planned& p : planned) {
        if (Status s = store(p, repositories, counts.messages); !s) {
            return s.error();
        }
        ++counts.conversations;
    }
    return counts;
}

}  // namespace kefu
