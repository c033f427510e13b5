#pragma once

#include <QList>

namespace kefu {

// Timings of one case in milliseconds, and the statistics the report shows.
class Samples {
public:
    void add(double ms) { m_ms.append(ms); }
    qsizetype count() const { return m_ms.size(); }
    bool isEmpty() const { return m_ms.isEmpty(); }
    double first() const { return m_ms.isEmpty() ? 0 : m_ms.first(); }
    double median() const { return percentile(50); }
    // Nearest-rank percentile (p in 0..100): never better than a real sample.
    double percentile(double p) const;
    double max() const;
    int countOver(double limitMs) const;
    Samples withoutFirst() const;  // e.g. the warm startups after the cold one

private:
    QList<double> m_ms;
};

}  // namespace kefu
