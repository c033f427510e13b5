#pragma once

#include <QMap>
#include <QString>

#include <benchmark/benchmark.h>

#include <optional>

namespace kefu {

// Collects Google Benchmark's results (while printing them as usual), replays each case's SQL through the sqlite3
// shell, and renders the table for docs/benchmarks.md: our time, raw SQLite's, the ratio and the target.
class BenchReport : public benchmark::ConsoleReporter {
public:
    explicit BenchReport(QString dbPath);
    void ReportRuns(const std::vector<Run>& runs) override;
    void compareWithSqliteShell();
    QString markdown() const;

private:
    struct Row {
        double msPerOp = 0;
        double itemsPerSecond = 0;
        std::optional<double> rawMsPerOp;
    };
    QString m_dbPath;
    QMap<QString, Row> m_rows;
};

}  // namespace kefu
