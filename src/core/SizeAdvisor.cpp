#include "core/SizeAdvisor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

QString SizeAdvisor::preferenceLabel(FitPreference preference) {
    switch (preference) {
        case FitPreference::Slim:
            return tr("修身");
        case FitPreference::Regular:
            return tr("标准");
        case FitPreference::Loose:
            return tr("宽松");
    }
    return {};
}

SizeAdvice SizeAdvisor::advise(int heightCm, int weightKg, FitPreference preference) const {
    const Placement height = place(heightCm, &SizeChartRow::heightCm);
    const Placement weight = place(weightKg, &SizeChartRow::weightKg);
    if (m_chart.isEmpty() || (!height.known && !weight.known)) {
        SizeAdvice advice;
        advice.sentence = tr("这款商品没有身高体重尺码表，无法推荐尺码，请参考商品详情页的尺码说明");
        return advice;
    }
    const QString body = tr("%1cm/%2kg").arg(heightCm).arg(weightKg);
    if (height.above || weight.above) {
        return outside(true, body);
    }
    if (height.below || weight.below) {
        return outside(false, body);
    }
    int low = 0;
    int high = int(m_chart.rows.size()) - 1;
    for (const Placement& p : {height, weight}) {
        if (p.known) {
            low = std::max(low, p.first);
            high = std::min(high, p.last);
        }
    }
    if (low <= high) {
        SizeAdvice advice = fits(preference == FitPreference::Loose ? high : low, body);
        if (low < high && preference == FitPreference::Regular) {
            advice.sentence += tr("，喜欢宽松可选 %1").arg(m_chart.rows.at(high).size);
        }
        return advice;
    }
    // Disjoint: one measurement points at a smaller row than the other; `high` < `low` name the two sizes.
    return between(high, low, body, preference);
}

SizeAdvisor::Placement SizeAdvisor::place(int value, SizeRange SizeChartRow::*measure) const {
    Placement p;
    std::optional<int> lowest;
    std::optional<int> highest;
    for (int i = 0; i < m_chart.rows.size(); ++i) {
        const SizeRange& range = m_chart.rows.at(i).*measure;
        if (range.isEmpty()) {
            continue;
        }
        p.known = true;
        if (range.min && (!lowest || *range.min < *lowest)) {
            lowest = range.min;
        }
        if (range.max && (!highest || *range.max > *highest)) {
            highest = range.max;
        }
        if (range.contains(value)) {
            p.first = p.first < 0 ? i : p.first;
            p.last = i;
        }
    }
    if (!p.known || p.first >= 0) {
        return p;
    }
    p.below = lowest && value < *lowest;
    p.above = highest && value > *highest;
    if (!p.below && !p.above) {
        // In a gap between two rows (…-57, 58-…): both neighbours are candidates.
        for (int i = 0; i < m_chart.rows.size(); ++i) {
            const SizeRange& range = m_chart.rows.at(i).*measure;
            if (range.max && *range.max < value) {
                p.first = i;
            }
            if (p.last < 0 && range.min && *range.min > value) {
                p.last = i;
            }
        }
        p.first = p.first < 0 ? 0 : p.first;
        p.last = p.last < 0 ? int(m_chart.rows.size()) - 1 : p.last;
    }
    return p;
}

SizeAdvice SizeAdvisor::fits(int row, const QString& body) const {
    const SizeChartRow& r = m_chart.rows.at(row);
    SizeAdvice advice;
    advice.verdict = SizeAdvice::Verdict::Fits;
    advice.size = r.size;
    QStringList ranges;
    if (!r.heightCm.isEmpty()) {
        ranges.append(tr("身高%1").arg(rangeText(r.heightCm)));
    }
    if (!r.weightKg.isEmpty()) {
        ranges.append(tr("体重%1").arg(rangeText(r.weightKg)));
    }
    advice.sentence = tr("%1 在 %2 码范围内（%3）").arg(body, r.size, ranges.join(tr("，")));
    return advice;
}

SizeAdvice SizeAdvisor::between(int smaller, int larger, const QString& body, FitPreference preference) const {
    SizeAdvice advice;
    advice.verdict = SizeAdvice::Verdict::Between;
    advice.smallerSize = m_chart.rows.at(smaller).size;
    advice.largerSize = m_chart.rows.at(larger).size;
    const QString lead = tr("%1 介于 %2 和 %3 之间：").arg(body, advice.smallerSize, advice.largerSize);
    switch (preference) {
        case FitPreference::Slim:
            advice.size = advice.smallerSize;
            advice.sentence = lead + tr("喜欢修身选 %1").arg(advice.smallerSize);
            break;
        case FitPreference::Loose:
            advice.size = advice.largerSize;
            advice.sentence = lead + tr("喜欢宽松选 %1").arg(advice.largerSize);
            break;
        case FitPreference::Regular:
            // A size too small cannot be worn; one too large can: the larger is the safe default.
            advice.size = advice.largerSize;
            advice.sentence = lead + tr("建议选 %1，喜欢修身可选 %2").arg(advice.largerSize, advice.smallerSize);
            break;
    }
    return advice;
}

SizeAdvice SizeAdvisor::outside(bool above, const QString& body) const {
    const SizeChartRow& edge = above ? m_chart.rows.constLast() : m_chart.rows.constFirst();
    const auto bound = [&](const SizeRange& range) { return above ? range.max : range.min; };
    QStringList limits;
    if (const std::optional<int> h = bound(edge.heightCm)) {
        limits.append(above ? tr("身高≤%1").arg(*h) : tr("身高≥%1").arg(*h));
    }
    if (const std::optional<int> w = bound(edge.weightKg)) {
        limits.append(above ? tr("体重≤%1").arg(*w) : tr("体重≥%1").arg(*w));
    }
    SizeAdvice advice;
    advice.verdict = above ? SizeAdvice::Verdict::AboveChart : SizeAdvice::Verdict::BelowChart;
    advice.sentence = above ? tr("%1 超出尺码表范围（最大 %2：%3）").arg(body, edge.size, limits.join(u' '))
                            : tr("%1 小于尺码表最小码（最小 %2：%3）").arg(body, edge.size, limits.join(u' '));
    return advice;
}

QString SizeAdvisor::rangeText(const SizeRange& range) const {
    if (range.min && range.max) {
        return *range.min == *range.max ? QString::number(*range.min)
                                        : QString::number(*range.min) % u'-' % QString::number(*range.max);
    }
    return range.min ? tr("≥%1").arg(*range.min) : tr("≤%1").arg(*range.max);
}

}  // namespace kefu
