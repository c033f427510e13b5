#include "demo/DemoLogistics.h"

#include "core/PhraseTemplate.h"
#include "demo/DemoRandom.h"
#include "demo/DemoResources.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr qint64 kMinuteMs = 60LL * 1000;

}  // namespace

DemoLogistics::DemoLogistics(DemoRandom& random, QJsonObject logistics)
    : m_random(random), m_logistics(std::move(logistics)) {}

QString DemoLogistics::randomCompany() {
    const QJsonArray companies = m_logistics.value(u"companies"_s).toArray();
    QList<int> weights;
    for (const QJsonValue& c : companies) {
        weights.append(c.toObject().value(u"weight"_s).toInt(1));
    }
    return companies.at(m_random.weighted(weights)).toObject().value(u"name"_s).toString();
}

QString DemoLogistics::trackingNumber(const QString& company) {
    for (const QJsonValue& value : m_logistics.value(u"companies"_s).toArray()) {
        const QJsonObject c = value.toObject();
        if (c.value(u"name"_s).toString() != company) {
            continue;
        }
        QString number;
        do {
            number = c.value(u"prefix"_s).toString() + m_random.digits(c.value(u"digits"_s).toInt(12));
        } while (m_usedNumbers.contains(number));
        m_usedNumbers.insert(number);
        return number;
    }
    return m_random.digits(14);
}

int DemoLogistics::maxJourneyHours() const {
    int hours = 0;
    for (const QJsonValue& step : m_logistics.value(u"steps"_s).toArray()) {
        hours += step.toObject().value(u"afterHours"_s).toArray().at(1).toInt();
    }
    return hours;
}

Shipment DemoLogistics::parcel(const QString& tid, const Receiver& to, qint64 consignedAtMs, qint64 untilMs,
                               int maxSteps) {
    Shipment shipment;
    shipment.tid = tid;
    shipment.company = randomCompany();
    shipment.trackingNumber = trackingNumber(shipment.company);
    shipment.consignedAtMs = consignedAtMs;

    const QString courier = m_random.pick(DemoResources::strings(m_logistics.value(u"couriers"_s)));
    const QHash<QString, QString> values{
        {u"快递公司"_s, shipment.company},
        {u"目的城市"_s, to.city},
        {u"目的区"_s, to.city + to.district},
        {u"快递员"_s, courier},
        {u"电话"_s, u"1"_s + m_random.digits(2) + u"****"_s + m_random.digits(4)},
        {u"签收方式"_s, m_random.pick(DemoResources::strings(m_logistics.value(u"signers"_s)))},
    };
    const QJsonArray steps = m_logistics.value(u"steps"_s).toArray();
    qint64 at = consignedAtMs;
    for (int i = 0; i < steps.size() && (maxSteps < 0 || i < maxSteps); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        const QJsonArray hours = step.value(u"afterHours"_s).toArray();
        at += m_random.between(hours.at(0).toInt() * 60, hours.at(1).toInt() * 60) * kMinuteMs;
        if (at > untilMs) {
            break;
        }
        shipment.events.append(ShipmentEvent{at, PhraseTemplate::fill(step.value(u"text"_s).toString(), values).text,
                                             PhraseTemplate::fill(step.value(u"location"_s).toString(), values).text});
    }
    return shipment;
}

}  // namespace kefu
