#include "ProcessFacts.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QByteArray readProcFile(const QString& path) {
    QFile file(path);
    // /proc files report size 0: read until the end instead of trusting it.
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? file.readAll() : QByteArray();
}

// "VmRSS:	  123456 kB" → bytes.
qint64 statusField(const char* name) {
    const QByteArray status = readProcFile(u"/proc/self/status"_s);
    for (const QByteArray& line : status.split('\n')) {
        if (line.startsWith(name)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toLongLong() * 1024 : 0;
        }
    }
    return 0;
}

}  // namespace

qint64 residentBytes() {
    return statusField("VmRSS:");
}

qint64 peakResidentBytes() {
    return statusField("VmHWM:");
}

QString megabytes(qint64 bytes) {
    return u"%1 MB"_s.arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString loadAverage() {
    const QList<QByteArray> parts = readProcFile(u"/proc/loadavg"_s).simplified().split(' ');
    return parts.size() >= 3 ? QString::fromLatin1(parts.at(0) + ' ' + parts.at(1) + ' ' + parts.at(2)) : QString();
}

}  // namespace kefu
