#pragma once

#include "core/QuickPhrase.h"

#include <QList>
#include <QListWidget>

#include <optional>

namespace kefu {

// The list under the cursor while the agent types "/code". It never takes the focus: the compose box keeps typing
// and hands it Up/Down/Enter/Tab/Esc.
class PhrasePopup : public QListWidget {
    Q_OBJECT

public:
    explicit PhrasePopup(QWidget* parent = nullptr);

    void showPhrases(const QList<QuickPhrase>& phrases, const QPoint& globalBelow, const QPoint& globalAbove);
    void moveSelection(int delta);
    std::optional<QuickPhrase> currentPhrase() const;

Q_SIGNALS:
    void phraseClicked();

private:
    QList<QuickPhrase> m_phrases;
};

}  // namespace kefu
