#pragma once

#include "core/QuickPhrase.h"

#include <QList>

namespace kefu {

// A big shop's quick-phrase library, made deterministically from fragments agents really write (the generator of
// tests/bench/PhraseMatcherBench.cpp), so initials queries hit a realistic share of bodies: "fh" many, "tk" fewer.
QList<QuickPhrase> generatePhraseLibrary(int count);

}  // namespace kefu
