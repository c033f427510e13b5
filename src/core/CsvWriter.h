#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kefu {

// RFC 4180 writer: CRLF after every record; a field is quoted when it holds a comma, a quote, a line break or
// surrounding spaces (which spreadsheet programs would otherwise trim), with quotes doubled.
class CsvWriter {
public:
    static QString field(QStringView value);
    static QString record(const QStringList& fields);
    static QString write(const QList<QStringList>& records);
};

}  // namespace kefu
