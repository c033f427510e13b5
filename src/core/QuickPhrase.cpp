#include "core/QuickPhrase.h"

#include "core/EnumLookup.h"

using namespace Qt::StringLiterals;

namespace kefu {

QString phraseScopeLabel(PhraseScope s) {
    switch (s) {
        case PhraseScope::Shop:
            return u"店铺"_s;
        case PhraseScope::Personal:
            return u"个人"_s;
    }
    return {};
}

QString phraseScopeKey(PhraseScope s) {
    switch (s) {
        case PhraseScope::Shop:
            return u"shop"_s;
        case PhraseScope::Personal:
            return u"personal"_s;
    }
    return {};
}

std::optional<PhraseScope> phraseScopeFromKey(QStringView key) {
    return enumFromKey(allPhraseScopes(), &phraseScopeKey, key);
}

QList<PhraseScope> allPhraseScopes() {
    return {PhraseScope::Shop, PhraseScope::Personal};
}

}  // namespace kefu
