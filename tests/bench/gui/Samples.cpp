#include "Samples.h"

#include <algorithm>
#include <cmath>

namespace kefu {

double Samples::percentile(double p) const {
    if (m_ms.isEmpty()) {
        return 0;
    }
    QList<double> sorted = m_ms;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double Samples::max() const {
    return m_ms.isEmpty() ? 0 : *std::max_element(m_ms.begin(), m_ms.end());
}

int Samples::countOver(double limitMs) const {
    return static_cast<int>(std::count_if(m_ms.begin(), m_ms.end(), [limitMs](double ms) { return ms > limitMs; }));
}

Samples Samples::withoutFirst() const {
    Samples rest;
    rest.m_ms = m_ms.mid(1);
    return rest;
}

}  // namespace kefu
