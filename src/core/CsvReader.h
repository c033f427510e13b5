#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace kefu {

// One record of a CSV file and the physical line it starts on (1-based, counting every line break, also those
// inside quoted fields), so a bad row can be pointed at in the file the user opens in an editor.
struct CsvRecord {
    enum class Problem {
        None,
        UnterminatedQuote,  // a quoted field never closes; the reader resumes on the next line
        TextAfterQuote,     // "abc"def: text between a closing quote and the next comma
    };
    int line = 0;
    QStringList fields;
    Problem problem = Problem::None;

    bool isBlank() const;  // an empty line, or only empty fields (",,")
};

// RFC 4180 reader, lenient where Excel is: CRLF, LF or CR line ends, quoted commas, doubled quotes and line breaks
// inside quotes; a quote inside an unquoted field is kept as text. A bad record is returned with its problem and the
// rest of the file is still read.
class CsvReader {
public:
    static QList<CsvRecord> read(QStringView text);
};

}  // namespace kefu
