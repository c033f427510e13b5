#pragma once

#include "core/QuickPhraseCsv.h"
#include "core/TextEncoding.h"

#include <QList>
#include <QMetaType>

namespace kefu {

// What a CSV import did: shown to the agent in the result dialog.
struct PhraseImportReport {
    TextEncoding encoding = TextEncoding::Utf8;
    PhraseScope scope = PhraseScope::Shop;
    int imported = 0;
    int skippedDuplicates = 0;
    QList<PhraseRowError> errors;  // bad rows, by line number; none of them was imported
};

}  // namespace kefu

Q_DECLARE_METATYPE(kefu::PhraseImportReport)
