#include "gui/chat/PhrasePopupModel.h"

namespace kefu {

namespace {
// What a row shows (and its tool tip); the rest of the phrase (use count, group) is kept but never painted.
bool looksSame(const QuickPhrase& a, const QuickPhrase& b) {
    return a.id == b.id && a.shortcutCode == b.shortcutCode && a.body == b.body;
}
}  // namespace

void PhrasePopupModel::setPhrases(const QList<QuickPhrase>& phrases) {
    const int newCount = static_cast<int>(phrases.size());
    removeTail(newCount);
    replaceRows(phrases, std::min(newCount, rowCount()));
    appendTail(phrases);
}

void PhrasePopupModel::removeTail(int newCount) {
    if (newCount >= rowCount()) {
        return;
    }
    beginRemoveRows({}, newCount, rowCount() - 1);
    m_phrases.resize(newCount);
    endRemoveRows();
}

// One dataChanged per changed row: the view repaints that row's rectangle only (a range would repaint the viewport).
void PhrasePopupModel::replaceRows(const QList<QuickPhrase>& phrases, int rows) {
    for (int row = 0; row < rows; ++row) {
        const bool changed = !looksSame(m_phrases.at(row), phrases.at(row));
        m_phrases[row] = phrases.at(row);
        if (changed) {
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

void PhrasePopupModel::appendTail(const QList<QuickPhrase>& phrases) {
    const int oldCount = rowCount();
    if (phrases.size() <= oldCount) {
        return;
    }
    beginInsertRows({}, oldCount, static_cast<int>(phrases.size()) - 1);
    m_phrases.append(phrases.mid(oldCount));
    endInsertRows();
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
