#pragma once

#include "core/QuickPhrase.h"

#include <QAbstractListModel>
#include <QList>

namespace kefu {

// The phrases the "/" popup offers, best first. Replaced whole on every keystroke (one reset, no per-row items):
// the popup only paints its visible rows, so a keystroke costs the same for 3 matches or 30.
class PhrasePopupModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ShortcutCodeRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;

    void setPhrases(const QList<QuickPhrase>& phrases);
    const QList<QuickPhrase>& phrases() const { return m_phrases; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<QuickPhrase> m_phrases;
};

}  // namespace kefu
