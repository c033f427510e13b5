#include "gui/chat/PhrasePopupModel.h"

namespace kefu {

void PhrasePopupModel::setPhrases(const QList<QuickPhrase>& phrases) {
    beginResetModel();
    m_phrases = phrases;
    endResetModel();
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
        default:
            return {};
    }
}

}  // namespace kefu
