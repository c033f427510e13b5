#include "ReportTable.h"

#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kefu {

QString ReportTable::ms(double value) {
    return value < 10 ? u"%1 ms"_s.arg(value, 0, 'f', 2) : u"%1 ms"_s.arg(value, 0, 'f', 1);
}

void ReportTable::addTimed(const QString& name, const Samples& samples, double tailPercentile, double targetMs,
                           Judge judge, const QString& target, const QString& note) {
    Row row;
    row.name = name;
    row.median = ms(samples.median());
    row.tail = u"p%1 %2"_s.arg(tailPercentile).arg(ms(samples.percentile(tailPercentile)));
    row.max = ms(samples.max());
    row.target = target;
    const double judged = judge == Judge::Median ? samples.median()
                          : judge == Judge::Tail ? samples.percentile(tailPercentile)
                                                 : samples.max();
    row.met = !samples.isEmpty() && judged <= targetMs;
    row.note = note;
    m_rows.append(row);
}

QString ReportTable::markdown(const QString& title, const QStringList& preamble) const {
    QString out = u"## "_s + title + u"\n\n"_s;
    for (const QString& line : preamble) {
        out += line + u"\n"_s;
    }
    out += u"\n| case | median | p95/p99 | max | target | met | notes |\n|---|---:|---:|---:|---|:-:|---|\n"_s;
    for (const Row& r : m_rows) {
        out += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"_s.arg(r.name, r.median, r.tail, r.max, r.target,
                                                               r.met ? u"yes"_s : u"**no**"_s, r.note);
    }
    return out;
}

bool ReportTable::publish(const QString& markdown, const QString& path, const char* program) {
    std::printf("\n%s", markdown.toUtf8().constData());
    std::fflush(stdout);
    if (path.isEmpty()) {
        return true;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(markdown.toUtf8()) < 0) {
        std::fprintf(stderr, "%s: cannot write %s\n", program, path.toLocal8Bit().constData());
        return false;
    }
    return true;
}

}  // namespace kefu
