#include "demo/DemoRandom.h"

namespace kefu {

qint64 DemoRandom::between(qint64 lo, qint64 hi) {
    if (hi <= lo) {
        return lo;
    }
    const auto span = static_cast<quint64>(hi - lo) + 1;
    return lo + static_cast<qint64>(next() % span);
}

int DemoRandom::weighted(const QList<int>& weights) {
    qint64 total = 0;
    for (const int w : weights) {
        total += w;
    }
    qint64 roll = between(0, total - 1);
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights.at(i)) {
            return i;
        }
        roll -= weights.at(i);
    }
    return static_cast<int>(weights.size()) - 1;
}

QString DemoRandom::digits(int count) {
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i) {
        const auto d = static_cast<char>('0' + between(i == 0 ? 1 : 0, 9));
        text.append(QLatin1Char(d));
    }
    return text;
}

}  // namespace kefu
