#include "core/QuickPhrase.h"

#include "core/EnumLookup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kefu {

QString phraseScopeLabel(PhraseScope s) {
    switch (s) {
        case PhraseScope::Shop:
            return QCoreApplication::translate("kefu::Labels", "店铺");
        case PhraseScope::Personal:
            return QCoreApplication::translate("kefu::Labels", "个人");
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

std::optional<PhraseProblem> phraseProblem(const QuickPhrase& phrase) {
    if (phrase.body.trimmed().isEmpty()) {
        return PhraseProblem::EmptyBody;
    }
    if (phrase.body.size() > kMaxPhraseBodyLength) {
        return PhraseProblem::BodyTooLong;
    }
    if (phrase.groupName.trimmed().isEmpty()) {
        return PhraseProblem::EmptyGroup;
    }
    if (phrase.groupName.size() > kMaxPhraseGroupLength) {
        return PhraseProblem::GroupTooLong;
    }
    if (phrase.shortcutCode.size() > kMaxPhraseCodeLength) {
        return PhraseProblem::CodeTooLong;
    }
    for (const QChar c : phrase.shortcutCode) {
        if (c.isSpace()) {
            return PhraseProblem::CodeHasSpace;
        }
    }
    return std::nullopt;
}

bool roleMayWritePhrases(AgentRole role, PhraseScope scope) {
    return scope == PhraseScope::Personal || role == AgentRole::Supervisor || role == AgentRole::Admin;
}

}  // namespace kefu
