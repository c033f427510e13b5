#pragma once

#include "core/QuickPhrase.h"

#include <QListView>

#include <optional>

namespace kefu {

class PhrasePopupModel;

// The list under the cursor while the agent types "/code". It never takes the focus: the compose box keeps typing
// and hands it Up/Down/Enter/Tab/Esc.
class PhrasePopup : public QListView {
    Q_OBJECT

public:
    explicit PhrasePopup(QWidget* parent = nullptr);

    void showPhrases(const QList<QuickPhrase>& phrases, const QPoint& globalBelow, const QPoint& globalAbove);
    void moveSelection(int delta);
    std::optional<QuickPhrase> currentPhrase() const;
    int count() const;

Q_SIGNALS:
    void phraseClicked();

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;

private:
    void placeAt(const QPoint& globalBelow, const QPoint& globalAbove, int height);

    PhrasePopupModel* m_model;
};

}  // namespace kefu
