#pragma once

#include "core/QuickPhrase.h"

#include <QList>

namespace kefu {

// A big shop's quick-phrase library, made deterministically from fragments agents really write, so initials queries
// hit a realistic share of bodies: "fh" many, "tk" fewer. Ids are 1..count (a store ignores them when adding).
QList<QuickPhrase> generatePhraseLibrary(int count);

}  // namespace kefu
