#pragma once

// Lets GoogleTest print QString/QDate values in failure messages instead of raw bytes.
#include <QDate>
#include <QString>
#include <QStringList>

#include <ostream>

inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList& l, std::ostream* os) {
    *os << '[';
    for (qsizetype i = 0; i < l.size(); ++i) {
        *os << (i ? ", " : "") << '"' << l[i].toStdString() << '"';
    }
    *os << ']';
}

inline void PrintTo(QDate d, std::ostream* os) {
    *os << d.toString(Qt::ISODate).toStdString();
}
