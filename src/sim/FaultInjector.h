#pragma once

#include "sim/FaultPlan.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace kefu {

// The seeded decisions behind a FaultPlan. One injector per simulator: connections draw from it in the order their
// frames are written, so a run with the same seed and the same traffic repeats its faults.
class FaultInjector {
public:
    enum class Malformation { JunkJson, InvalidUnicode, UnknownType, Oversized };

    FaultInjector(FaultPlan plan, quint64 seed);

    const FaultPlan& plan() const { return m_plan; }
    void setPlan(const FaultPlan& plan) { m_plan = plan; }

    bool shouldDuplicate();
    // A bad frame to slip in before the next frame, or an empty array.
    QByteArray maybeMalformed();
    static QByteArray malformedFrame(Malformation kind);
    qint64 delayMs();  // 0 when no delay is planned
    bool reorders() const { return m_plan.reorderWindow > 1; }
    // Deterministic Fisher–Yates shuffle of items with an `order` member; a window that came out in its original
    // order gets its ends swapped, so every flushed window of two or more frames really is out of order.
    template <typename T>
    void shuffle(QList<T>& window) {
        if (window.size() < 2) {
            return;
        }
        for (qsizetype i = window.size() - 1; i > 0; --i) {
            window.swapItemsAt(i, static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(i + 1))));
        }
        if (isIdentity(window)) {
            window.swapItemsAt(0, window.size() - 1);
        }
    }

private:
    template <typename T>
    static bool isIdentity(const QList<T>& window) {
        for (qsizetype i = 1; i < window.size(); ++i) {
            if (window.at(i).order < window.at(i - 1).order) {
                return false;
            }
        }
        return true;
    }
    double nextUnit();

    FaultPlan m_plan;
    QRandomGenerator m_random;
};

}  // namespace kefu
