#include "demo/DemoPeople.h"

#include "demo/DemoRandom.h"
#include "demo/DemoResources.h"
#include "demo/DemoWorld.h"
#include "store/AgentRepository.h"
#include "store/CustomerRepository.h"

#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

}  // namespace

DemoPeople::DemoPeople(Database& db, DemoRandom& random, DemoWorld& world, QJsonObject people)
    : m_db(db), m_random(random), m_world(world), m_people(std::move(people)) {}

Result<int> DemoPeople::seedAgents(const QJsonObject& shopJson) {
    AgentRepository repository(m_db);
    for (const QJsonValue& value : shopJson.value(u"agents"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Agent agent;
        agent.nick = o.value(u"nick"_s).toString();
        agent.displayName = o.value(u"displayName"_s).toString();
        agent.role = agentRoleFromKey(o.value(u"role"_s).toString()).value_or(AgentRole::PreSale);
        agent.status = agentStatusFromKey(o.value(u"status"_s).toString()).value_or(AgentStatus::Offline);
        auto id = repository.add(agent);
        if (!id) {
            return id.error();
        }
        agent.id = *id;
        m_world.agents.append(agent);
    }
    return static_cast<int>(m_world.agents.size());
}

QString DemoPeople::candidateNick() {
    const int style = m_random.weighted({22, 8, 30, 20, 20});
    switch (style) {
        case 0:  // the default nick Taobao gives a phone sign-up
            return u"t_"_s + m_random.pick(DemoResources::strings(m_people.value(u"phonePrefixes"_s))).right(2) +
                   m_random.digits(8);
        case 1:
            return u"tb"_s + m_random.digits(9);
        case 2: {
            const QStringList whole = DemoResources::strings(m_people.value(u"wholeNicks"_s));
            if (m_nextWholeNick < whole.size()) {
                return whole.at(m_nextWholeNick++);
            }
            return u"tb"_s + m_random.digits(9);
        }
        case 3:
            return m_random.pick(DemoResources::strings(m_people.value(u"nickVerbs"_s))) +
                   m_random.pick(DemoResources::strings(m_people.value(u"nickFoods"_s))) +
                   m_random.pick(DemoResources::strings(m_people.value(u"nickEndings"_s)));
        default:
            return m_random.pick(DemoResources::strings(m_people.value(u"nickAdjectives"_s))) +
                   m_random.pick(DemoResources::strings(m_people.value(u"nickAnimals"_s))) +
                   m_random.pick(DemoResources::strings(m_people.value(u"nickEndings"_s)));
    }
}

QString DemoPeople::uniqueNick() {
    QString nick = candidateNick();
    while (m_usedNicks.contains(nick)) {
        nick = candidateNick() + QString::number(m_random.between(1, 99));
    }
    m_usedNicks.insert(nick);
    return nick;
}

QString DemoPeople::personName() {
    return m_random.pick(DemoResources::strings(m_people.value(u"surnames"_s))) +
           m_random.pick(DemoResources::strings(m_people.value(u"givenNames"_s)));
}

QString DemoPeople::randomPhone() {
    return m_random.pick(DemoResources::strings(m_people.value(u"phonePrefixes"_s))) + m_random.digits(1) +
           QString::number(m_random.between(1000000, 9999999));
}

Receiver DemoPeople::randomReceiver() {
    const QJsonArray regions = m_people.value(u"regions"_s).toArray();
    QList<int> weights;
    for (const QJsonValue& region : regions) {
        weights.append(region.toObject().value(u"weight"_s).toInt(1));
    }
    const QJsonObject region = regions.at(m_random.weighted(weights)).toObject();
    Receiver r;
    r.name = personName();
    r.phone = randomPhone();
    r.province = region.value(u"province"_s).toString();
    r.city = region.value(u"city"_s).toString();
    r.district = m_random.pick(DemoResources::strings(region.value(u"districts"_s)));
    const QString street = m_random.pick(DemoResources::strings(region.value(u"streets"_s)));
    const QString building = m_random.pick(DemoResources::strings(m_people.value(u"buildings"_s)));
    r.address = u"%1%2号 %3%4幢%5单元%6室"_s.arg(street)
                    .arg(m_random.between(1, 899))
                    .arg(building)
                    .arg(m_random.between(1, 28))
                    .arg(m_random.between(1, 4))
                    .arg(m_random.between(1, 32) * 100 + m_random.between(1, 4));
    r.zip = region.value(u"zip"_s).toString();
    return r;
}

Result<int> DemoPeople::seedCustomers(int count) {
    CustomerRepository repository(m_db);
    const QJsonArray tags = m_people.value(u"tags"_s).toArray();
    const QStringList notes = DemoResources::strings(m_people.value(u"notes"_s));
    for (int i = 0; i < count; ++i) {
        DemoWorld::Buyer buyer;
        Customer& c = buyer.customer;
        c.buyerNick = uniqueNick();
        const int level = m_random.weighted({45, 40, 15});
        c.level = level == 0 ? CustomerLevel::New : (level == 1 ? CustomerLevel::Returning : CustomerLevel::Vip);
        buyer.orderWeight = level == 0 ? 1 : (level == 1 ? 3 : 6);
        const int tagCount = m_random.percent(45) ? static_cast<int>(m_random.between(1, 2)) : 0;
        for (int t = 0; t < tagCount; ++t) {
            const QJsonObject tag = tags.at(m_random.index(tags.size())).toObject();
            CustomerTag customerTag{tag.value(u"name"_s).toString(), tag.value(u"color"_s).toString()};
            // 退货较多, 好评达人 … describe past orders, which a 新客 has (nearly) none of.
            const bool needsHistory = tag.value(u"history"_s).toBool();
            if (!(needsHistory && c.level == CustomerLevel::New) && !c.tags.contains(customerTag)) {
                c.tags.append(customerTag);
            }
        }
        if (c.level == CustomerLevel::Vip && !c.tags.contains(CustomerTag{u"VIP回购"_s, u"#e5484d"_s})) {
            c.tags.prepend(CustomerTag{u"VIP回购"_s, u"#e5484d"_s});
        }
        if (m_random.percent(22)) {
            c.note = m_random.pick(notes);
        }
        if (m_random.percent(30)) {
            c.birthday = QDate(static_cast<int>(m_random.between(1972, 2006)),
                               static_cast<int>(m_random.between(1, 12)), static_cast<int>(m_random.between(1, 28)));
        }
        buyer.receiver = randomReceiver();
        c.phone = buyer.receiver.phone;
        c.address = buyer.receiver.fullAddress();
        c.createdAtMs = m_world.nowMs - m_random.between(2, 900) * kDayMs - m_random.between(0, kDayMs);
        auto id = repository.add(c);
        if (!id) {
            return id.error();
        }
        c.id = *id;
        m_world.buyers.append(buyer);
    }
    return count;
}

}  // namespace kefu
