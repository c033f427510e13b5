#pragma once

#include "core/QuickPhrase.h"
#include "core/QuickPhraseCsv.h"
#include "core/TextEncoding.h"

#include <QCoreApplication>
#include <QString>

namespace kefu {

// The Chinese words for what core reports as codes: phrase problems, bad CSV rows, file encodings.
class QuickPhraseTexts {
    Q_DECLARE_TR_FUNCTIONS(QuickPhraseTexts)

public:
    static QString problem(PhraseProblem problem);
    static QString rowProblem(const PhraseRowError& error);
    static QString encoding(TextEncoding encoding);
    static QString readOnlyReason();  // why a 售前/售后 agent cannot change shop phrases
};

}  // namespace kefu
