#pragma once

#include "core/QuickPhrase.h"

#include <QAbstractListModel>
#include <QList>

namespace kefu {

// The phrases the "/" popup offers, best first. A new list is applied as precise changes, not a reset: rows that
// show the same phrase at the same place stay as they are, changed rows get dataChanged and only the tail is
// inserted or removed, so a keystroke repaints just the rows whose text changed.
class PhrasePopupModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ShortcutCodeRole = Qt::UserRole + 1, PhraseIdRole };

    using QAbstractListModel::QAbstractListModel;

    void setPhrases(const QList<QuickPhrase>& phrases);
    const QList<QuickPhrase>& phrases() const { return m_phrases; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    friend struct ListModelRows;  // setPhrases inserts and removes rows through applyListUpdate

    QList<QuickPhrase> m_phrases;
};

}  // namespace kefu
