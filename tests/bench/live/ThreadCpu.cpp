#include "ThreadCpu.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// utime + stime of /proc/<pid>/task/<tid>/stat, fields 14 and 15, counted after the ")" that ends the name.
double cpuMsOf(const QByteArray& stat) {
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0) {
        return 0;
    }
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13) {
        return 0;
    }
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

}  // namespace

QHash<QString, double> threadCpuMs() {
    QHash<QString, double> byName;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString name = QString::fromUtf8(readAll(tasks.filePath(tid + u"/comm"_s))).trimmed();
        byName[name] += cpuMsOf(readAll(tasks.filePath(tid + u"/stat"_s)));
    }
    return byName;
}

QString threadCpuShares(const QHash<QString, double>& before, const QHash<QString, double>& after, double wallMs) {
    QList<std::pair<double, QString>> used;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double ms = it.value() - before.value(it.key());
        if (ms > 0) {
            used.append({ms, it.key()});
        }
    }
    std::sort(used.begin(), used.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList parts;
    for (const auto& [ms, name] : used) {
        parts.append(u"%1 %2 %"_s.arg(name).arg(wallMs > 0 ? 100.0 * ms / wallMs : 0, 0, 'f', 0));
    }
    return parts.join(u", "_s);
}

}  // namespace kefu
