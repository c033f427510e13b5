#pragma once

#include "core/SizeChart.h"

#include <QCoreApplication>
#include <QString>

namespace kefu {

// How the buyer likes a garment to sit; decides between two sizes when the body falls between them.
enum class FitPreference { Slim, Regular, Loose };  // 修身 标准 宽松

struct SizeAdvice {
    enum class Verdict { Fits, Between, BelowChart, AboveChart, NoChart };
    Verdict verdict = Verdict::NoChart;
    QString size;         // the recommended size; empty when none can be named
    QString smallerSize;  // Between: the two candidates
    QString largerSize;
    QString sentence;  // what the agent sends: "165cm/55kg 在 M 码范围内（身高160-165，体重50-57）"
};

// Recommends a size from ONE product's size chart by the buyer's height and weight. Charts overlap at their
// edges (L 165-170, XL 168-172), so a body can fit several rows; and tall-thin or short-heavy bodies land in
// different rows by height and by weight, which is the "between two sizes" answer.
class SizeAdvisor {
    Q_DECLARE_TR_FUNCTIONS(SizeAdvisor)

public:
    explicit SizeAdvisor(SizeChart chart) : m_chart(std::move(chart)) {}

    SizeAdvice advise(int heightCm, int weightKg, FitPreference preference = FitPreference::Regular) const;

    static QString preferenceLabel(FitPreference preference);  // 修身 标准 宽松

private:
    // The rows a value falls in for one measurement; a value in a gap between two rows gets both.
    struct Placement {
        int first = -1;  // smallest matching row
        int last = -1;   // largest matching row
        bool below = false;
        bool above = false;
        bool known = false;  // whether any row gives this measurement
    };
    Placement place(int value, SizeRange SizeChartRow::*measure) const;
    SizeAdvice fits(int row, const QString& body) const;
    SizeAdvice between(int smaller, int larger, const QString& body, FitPreference preference) const;
    SizeAdvice outside(bool above, const QString& body) const;
    QString rangeText(const SizeRange& range) const;

    SizeChart m_chart;
};

}  // namespace kefu
