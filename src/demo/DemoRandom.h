#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <random>

namespace kefu {

// The demo shop's only source of chance: a fixed-seed mt19937_64 with our own range mapping, because the std
// distributions give different numbers on different standard libraries and the demo must be the same everywhere.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    qint64 between(qint64 lo, qint64 hi);  // inclusive; lo when hi <= lo
    int index(qsizetype size) { return static_cast<int>(between(0, size - 1)); }
    bool percent(int p) { return between(0, 99) < p; }
    int weighted(const QList<int>& weights);  // an index, each as likely as its weight
    QString digits(int count);                // no leading zero

    template <typename T>
    const T& pick(const QList<T>& list) {
        return list.at(index(list.size()));
    }

private:
    std::mt19937_64 m_engine;
};

}  // namespace kefu
