#include "core/QuickPhraseCsv.h"

#include "core/CsvReader.h"
#include "core/CsvWriter.h"

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

// Where each of the three columns sits in this file's header.
struct ColumnOrder {
    qsizetype code = 0;
    qsizetype body = 1;
    qsizetype group = 2;
};

std::optional<ColumnOrder> columnOrder(const QStringList& headerFields) {
    QStringList names;
    for (const QString& field : headerFields) {
        names.append(field.trimmed());
    }
    const QStringList& expected = QuickPhraseCsv::header();
    ColumnOrder order{names.indexOf(expected.at(0)), names.indexOf(expected.at(1)), names.indexOf(expected.at(2))};
    if (names.size() != expected.size() || order.code < 0 || order.body < 0 || order.group < 0) {
        return std::nullopt;
    }
    return order;
}

PhraseRowProblem rowProblemOf(PhraseProblem problem) {
    switch (problem) {
        case PhraseProblem::EmptyBody:
        case PhraseProblem::EmptyGroup:  // cannot happen: an empty group becomes 未分组
            return PhraseRowProblem::EmptyBody;
        case PhraseProblem::BodyTooLong:
            return PhraseRowProblem::BodyTooLong;
        case PhraseProblem::GroupTooLong:
            return PhraseRowProblem::GroupTooLong;
        case PhraseProblem::CodeTooLong:
            return PhraseRowProblem::CodeTooLong;
        case PhraseProblem::CodeHasSpace:
            return PhraseRowProblem::CodeHasSpace;
    }
    return PhraseRowProblem::EmptyBody;
}

std::optional<PhraseRowError> recordProblem(const CsvRecord& record) {
    switch (record.problem) {
        case CsvRecord::Problem::UnterminatedQuote:
            return PhraseRowError{record.line, PhraseRowProblem::UnterminatedQuote, 0};
        case CsvRecord::Problem::TextAfterQuote:
            return PhraseRowError{record.line, PhraseRowProblem::TextAfterQuote, 0};
        case CsvRecord::Problem::None:
            break;
    }
    if (record.fields.size() != QuickPhraseCsv::header().size()) {
        return PhraseRowError{record.line, PhraseRowProblem::WrongColumnCount, int(record.fields.size())};
    }
    return std::nullopt;
}

QuickPhrase phraseOf(const CsvRecord& record, const ColumnOrder& order) {
    QuickPhrase phrase;
    phrase.shortcutCode = record.fields.at(order.code).trimmed();
    phrase.body = record.fields.at(order.body);
    phrase.groupName = record.fields.at(order.group).trimmed();
    if (phrase.groupName.isEmpty()) {
        phrase.groupName = QuickPhraseCsv::ungroupedName();
    }
    return phrase;
}

}  // namespace

const QStringList& QuickPhraseCsv::header() {
    static const QStringList names{u"快捷编码"_s, u"快捷短语"_s, u"快捷短语分组"_s};
    return names;
}

QString QuickPhraseCsv::ungroupedName() {
    return u"未分组"_s;
}

QuickPhraseCsv::Parsed QuickPhraseCsv::parse(QStringView text) {
    Parsed parsed;
    const QList<CsvRecord> records = CsvReader::read(text);
    qsizetype first = 0;
    while (first < records.size() && records.at(first).isBlank()) {
        ++first;
    }
    if (first == records.size()) {
        parsed.fileProblem = FileProblem::EmptyFile;
        return parsed;
    }
    const std::optional<ColumnOrder> order =
        records.at(first).problem == CsvRecord::Problem::None ? columnOrder(records.at(first).fields) : std::nullopt;
    if (!order) {
        parsed.fileProblem = FileProblem::WrongHeader;
        return parsed;
    }
    for (qsizetype i = first + 1; i < records.size(); ++i) {
        const CsvRecord& record = records.at(i);
        if (record.isBlank()) {
            continue;
        }
        if (std::optional<PhraseRowError> error = recordProblem(record)) {
            parsed.errors.append(*error);
            continue;
        }
        const QuickPhrase phrase = phraseOf(record, *order);
        if (const std::optional<PhraseProblem> problem = phraseProblem(phrase)) {
            parsed.errors.append({record.line, rowProblemOf(*problem), 0});
            continue;
        }
        parsed.phrases.append(phrase);
    }
    return parsed;
}

QString QuickPhraseCsv::write(const QList<QuickPhrase>& phrases) {
    QString text = CsvWriter::record(header());
    for (const QuickPhrase& phrase : phrases) {
        text += CsvWriter::record({phrase.shortcutCode, phrase.body, phrase.groupName});
    }
    return text;
}

}  // namespace kefu
