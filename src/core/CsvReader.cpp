#include "core/CsvReader.h"

namespace kefu {

namespace {

bool isLineBreak(QChar c) {
    return c == u'\n' || c == u'\r';
}

// Walks the text once, a record at a time; `line` follows every line break it passes.
class CsvScanner {
public:
    explicit CsvScanner(QStringView text) : m_text(text) {
        if (m_text.startsWith(QChar(0xFEFF))) {
            m_pos = 1;
        }
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    CsvRecord next() {
        CsvRecord record;
        record.line = m_line;
        const qsizetype start = m_pos;
        while (true) {
            const bool quoted = !atEnd() && m_text.at(m_pos) == u'"';
            record.fields.append(quoted ? quotedField(record) : plainField());
            if (record.problem == CsvRecord::Problem::UnterminatedQuote) {
                resumeAfterFirstLine(start, record.line);
                record.fields.clear();
                return record;
            }
            if (record.problem == CsvRecord::Problem::TextAfterQuote) {
                skipRestOfLine();
            }
            if (atEnd()) {
                return record;
            }
            if (m_text.at(m_pos) == u',') {
                ++m_pos;
                continue;
            }
            consumeLineBreak();
            return record;
        }
    }

private:
    QString plainField() {
        const qsizetype start = m_pos;
        while (!atEnd() && m_text.at(m_pos) != u',' && !isLineBreak(m_text.at(m_pos))) {
            ++m_pos;
        }
        return m_text.sliced(start, m_pos - start).toString();
    }

    QString quotedField(CsvRecord& record) {
        QString field;
        ++m_pos;  // the opening quote
        while (true) {
            const qsizetype quote = m_text.indexOf(u'"', m_pos);
            if (quote < 0) {
                record.problem = CsvRecord::Problem::UnterminatedQuote;
                return {};
            }
            const QStringView chunk = m_text.sliced(m_pos, quote - m_pos);
            countLines(chunk);
            field += chunk;
            m_pos = quote + 1;
            if (!atEnd() && m_text.at(m_pos) == u'"') {
                field += u'"';
                ++m_pos;
                continue;
            }
            if (!atEnd() && m_text.at(m_pos) != u',' && !isLineBreak(m_text.at(m_pos))) {
                record.problem = CsvRecord::Problem::TextAfterQuote;
            }
            return field;
        }
    }

    void countLines(QStringView chunk) {
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            // CRLF is one line break, a lone CR (old Mac files) is one too.
            if (chunk.at(i) == u'\n' || (chunk.at(i) == u'\r' && (i + 1 >= chunk.size() || chunk.at(i + 1) != u'\n'))) {
                ++m_line;
            }
        }
    }

    void consumeLineBreak() {
        if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }

    void skipRestOfLine() {
        while (!atEnd() && !isLineBreak(m_text.at(m_pos))) {
            ++m_pos;
        }
    }

    // An unterminated quote would swallow the rest of the file; the rows after its first line are still good.
    void resumeAfterFirstLine(qsizetype recordStart, int recordLine) {
        m_pos = recordStart;
        m_line = recordLine;
        skipRestOfLine();
        if (!atEnd()) {
            consumeLineBreak();
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

}  // namespace

bool CsvRecord::isBlank() const {
    for (const QString& field : fields) {
        if (!field.trimmed().isEmpty()) {
            return false;
        }
    }
    return problem == Problem::None;
}

QList<CsvRecord> CsvReader::read(QStringView text) {
    QList<CsvRecord> records;
    CsvScanner scanner(text);
    while (!scanner.atEnd()) {
        records.append(scanner.next());
    }
    return records;
}

}  // namespace kefu
