#pragma once

#include "Samples.h"

#include <QList>
#include <QString>

namespace kefu {

// The markdown table kefu_gui_bench prints: one row per case with its target and whether it was met.
class ReportTable {
public:
    struct Row {
        QString name;
        QString median;
        QString tail;  // "p95 1.2 ms" / "p99 …"
        QString max;
        QString target;
        bool met = false;
        QString note;  // samples, frames over budget, what was measured
    };

    void add(Row row) { m_rows.append(std::move(row)); }
    // A timed case: `tailPercentile` is 95 or 99; met when the judged statistic is within `targetMs`.
    enum class Judge { Median, Tail, Max };
    void addTimed(const QString& name, const Samples& samples, double tailPercentile, double targetMs, Judge judge,
                  const QString& target, const QString& note);
    QString markdown(const QString& title, const QStringList& preamble) const;

    static QString ms(double value);
    // Prints the report on stdout and, when `path` is set, writes it there; false (said on stderr) when it cannot.
    static bool publish(const QString& markdown, const QString& path, const char* program);

private:
    QList<Row> m_rows;
};

}  // namespace kefu
