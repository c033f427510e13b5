#include "gui/chat/PhrasePopupModel.h"

#include "gui/widgets/ListModelUpdate.h"

namespace kefu {

namespace {
// What a row shows (and its tool tip); the rest of the phrase (use count, group) is kept but never painted.
bool looksSame(const QuickPhrase& a, const QuickPhrase& b) {
    return a.id == b.id && a.shortcutCode == b.shortcutCode && a.body == b.body;
}
}  // namespace

void PhrasePopupModel::setPhrases(const QList<QuickPhrase>& phrases) {
    applyListUpdate(*this, m_phrases, phrases, looksSame);
}

int PhrasePopupModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_phrases.size());
}

QVariant PhrasePopupModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QuickPhrase& phrase = m_phrases.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return phrase.body;
        case ShortcutCodeRole:
            return phrase.shortcutCode;
        case PhraseIdRole:
            return phrase.id;
        default:
            return {};
    }
}

}  // namespace kefu
