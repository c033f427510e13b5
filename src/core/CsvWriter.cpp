#include "core/CsvWriter.h"

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

bool needsQuotes(QStringView value) {
    if (value.isEmpty()) {
        return false;
    }
    if (value.front().isSpace() || value.back().isSpace()) {
        return true;
    }
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            return true;
        }
    }
    return false;
}

}  // namespace

QString CsvWriter::field(QStringView value) {
    if (!needsQuotes(value)) {
        return value.toString();
    }
    QString quoted = value.toString();
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvWriter::record(const QStringList& fields) {
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += u',';
        }
        line += field(fields.at(i));
    }
    return line + u"\r\n"_s;
}

QString CsvWriter::write(const QList<QStringList>& records) {
    QString text;
    for (const QStringList& fields : records) {
        text += record(fields);
    }
    return text;
}

}  // namespace kefu
