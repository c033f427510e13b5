#include "bench/RawSqliteTimer.h"

#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace kefu {

RawSqliteTimer::RawSqliteTimer(QString dbPath) : m_dbPath(std::move(dbPath)) {}

std::optional<double> RawSqliteTimer::runShell(const QByteArray& script) {
    // The median of a few runs: a single shell start varies by a millisecond or two.
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        QProcess shell;
        shell.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        shell.start(u"sqlite3"_s, {u"-bail"_s, m_dbPath});
        if (!shell.waitForStarted(10'000)) {
            return std::nullopt;
        }
        shell.write(script);
        shell.closeWriteChannel();
        if (!shell.waitForFinished(600'000) || shell.exitCode() != 0) {
            return std::nullopt;
        }
        runs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

std::optional<double> RawSqliteTimer::msPerOperation(const QStringList& statements, int operations, int repeat) {
    QByteArray script = "PRAGMA foreign_keys=ON;\n";
    const QByteArray once = statements.join(u";\n"_s).toUtf8() + ";\n";
    for (int r = 0; r < repeat; ++r) {
        script += once;
    }
    const auto baseline = runShell("PRAGMA foreign_keys=ON;\n");
    const auto total = runShell(script);
    if (!baseline || !total) {
        return std::nullopt;
    }
    return std::max(0.0, *total - *baseline) / (double(operations) * repeat);
}

std::optional<double> RawSqliteTimer::msWholeProcess(const QStringList& statements) {
    return runShell(statements.join(u";\n"_s).toUtf8() + ";\n");
}

}  // namespace kefu
