#include "sim/FaultInjector.h"

#include "channel/FrameLimits.h"

#include <QtGlobal>

#include <array>

namespace kefu {

namespace {

// Faults draw from their own stream so that switching a fault on does not change what the buyers say.
QRandomGenerator faultRandom(quint64 seed) {
    const std::array<quint32, 3> words{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32), 0xfa17U};
    return QRandomGenerator(words.data(), static_cast<qsizetype>(words.size()));
}

}  // namespace

FaultInjector::FaultInjector(FaultPlan plan, quint64 seed) : m_plan(plan), m_random(faultRandom(seed)) {}

double FaultInjector::nextUnit() {
    return m_random.generateDouble();
}

bool FaultInjector::shouldDuplicate() {
    return m_plan.duplicate > 0.0 && nextUnit() < m_plan.duplicate;
}

QByteArray FaultInjector::maybeMalformed() {
    if (m_plan.malformed <= 0.0 || nextUnit() >= m_plan.malformed) {
        return {};
    }
    static constexpr std::array kinds{Malformation::JunkJson, Malformation::InvalidUnicode, Malformation::UnknownType,
                                      Malformation::Oversized};
    const auto choices = static_cast<quint32>(m_plan.malformedOversized ? kinds.size() : kinds.size() - 1);
    return malformedFrame(kinds.at(m_random.bounded(choices)));
}

QByteArray FaultInjector::malformedFrame(Malformation kind) {
    switch (kind) {
        case Malformation::JunkJson:
            return QByteArrayLiteral(R"({"v":1,"type":"message.created","seq":)");
        case Malformation::InvalidUnicode:
            // A WebSocket text message cannot carry invalid UTF-8 (the receiving socket fails the connection with 1007
            // before the codec sees it), so the bad text travels as an unpaired surrogate escape instead.
            return QByteArrayLiteral(R"({"v":1,"type":"ping","at_ms":1,"note":"\ud800"})");
        case Malformation::UnknownType:
            return QByteArrayLiteral(R"({"v":1,"type":"buyer.typing","conversation":"conv-0"})");
        case Malformation::Oversized: {
            QByteArray frame = QByteArrayLiteral(R"({"v":1,"type":"ping","at_ms":1,"pad":")");
            frame.append(QByteArray(FrameLimits::kMaxFrameBytes, 'x'));
            frame.append(QByteArrayLiteral(R"("})"));
            return frame;
        }
    }
    return {};
}

qint64 FaultInjector::delayMs() {
    if (m_plan.delayMs <= 0) {
        return 0;
    }
    const double jitter = 0.5 + nextUnit();  // ±50 %
    return qMax<qint64>(0, qRound64(m_plan.delayMs * jitter));
}

}  // namespace kefu
