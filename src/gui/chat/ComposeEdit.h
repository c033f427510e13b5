#pragma once

#include "core/QuickPhrase.h"
#include "core/QuickPhraseMatcher.h"

#include <QList>
#include <QPlainTextEdit>

#include <functional>

namespace kefu {

class PhrasePopup;

// The compose box: Enter sends, Shift+Enter starts a new line, and "/" at the start of a word opens the quick
// phrase popup, filtered by what follows the slash (code, pinyin initials or text).
class ComposeEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit ComposeEdit(QWidget* parent = nullptr);

    // The popup filters this list on every keystroke.
    void setPhrases(const QList<QuickPhrase>& phrases);
    // Where the phrases come from. They are read when a "/" first needs them and again after
    // invalidatePhrases() (an edit, an import, a use that changes the most-used order), not on every conversation
    // switch: reading 5,000 phrases and building the matcher takes ~20 ms.
    void setPhraseLoader(std::function<QList<QuickPhrase>()> loader);
    void invalidatePhrases() { m_phrasesStale = true; }
    bool isPhrasePopupVisible() const;
    PhrasePopup* phrasePopup() const { return m_popup; }

Q_SIGNALS:
    void submitRequested();
    // The "/query" has been removed; the receiver inserts the phrase (variables filled) at the cursor.
    void phraseChosen(const kefu::QuickPhrase& phrase);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    // Chinese typed through an input method arrives here, not as key presses; the popup must follow it too.
    void inputMethodEvent(QInputMethodEvent* event) override;

private:
    bool handlePopupKey(QKeyEvent* event);
    void updatePopup();
    void choosePhrase();
    int slashPosition() const;  // the "/" that starts the word at the cursor, or -1

    PhrasePopup* m_popup;
    QList<QuickPhrase> m_phrases;
    QuickPhraseMatcher m_matcher;
    std::function<QList<QuickPhrase>()> m_loader;
    bool m_phrasesStale = false;
    int m_dismissedSlash = -1;  // Esc closes the popup until the agent starts another "/word"
};

}  // namespace kefu
