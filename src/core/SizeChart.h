#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kefu {

// An inclusive range such as 160–165 cm; an absent bound means "not given in the chart".
struct SizeRange {
    std::optional<int> min;
    std::optional<int> max;
    bool contains(int v) const { return (!min || v >= *min) && (!max || v <= *max); }
    bool isEmpty() const { return !min && !max; }
    bool operator==(const SizeRange&) const = default;
};

struct SizeChartRow {
    QString size;  // S M L XL … or 26 27 28 …
    SizeRange heightCm;
    SizeRange weightKg;
    SizeRange chestCm;
    SizeRange lengthCm;
    bool operator==(const SizeChartRow&) const = default;
};

struct SizeChart {
    QList<SizeChartRow> rows;  // smallest size first
    bool isEmpty() const { return rows.isEmpty(); }
    bool operator==(const SizeChart&) const = default;
};

}  // namespace kefu
