#pragma once

#include "core/QuickPhrase.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace kefu {

// Why a row of a quick-phrase CSV file was not imported; the GUI words it.
enum class PhraseRowProblem {
    WrongColumnCount,
    UnterminatedQuote,
    TextAfterQuote,
    EmptyBody,
    BodyTooLong,
    GroupTooLong,
    CodeTooLong,
    CodeHasSpace,
};

struct PhraseRowError {
    int line = 0;  // physical line in the file, 1-based (the header is line 1)
    PhraseRowProblem problem = PhraseRowProblem::WrongColumnCount;
    int columns = 0;  // what the row had, for WrongColumnCount
};

// Qianniu's quick-phrase CSV: the header 快捷编码,快捷短语,快捷短语分组 (in any order), one phrase per record.
class QuickPhraseCsv {
public:
    enum class FileProblem { EmptyFile, WrongHeader };

    struct Parsed {
        std::optional<FileProblem> fileProblem;  // set: nothing was read
        QList<QuickPhrase> phrases;              // group, code and body only; in file order
        QList<PhraseRowError> errors;            // in file order
    };

    static const QStringList& header();
    static QString ungroupedName();  // 未分组: where a row with an empty group goes

    static Parsed parse(QStringView text);
    static QString write(const QList<QuickPhrase>& phrases);  // header first, CRLF line ends
};

}  // namespace kefu
