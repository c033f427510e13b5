#include "gui/chat/ComposeEdit.h"

#include <QInputMethodEvent>

#include "gui/chat/PhrasePopup.h"

#include <QKeyEvent>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kPopupRows = 30;
}  // namespace

ComposeEdit::ComposeEdit(QWidget* parent) : QPlainTextEdit(parent), m_popup(new PhrasePopup(this)) {
    setTabChangesFocus(false);
    setPlaceholderText(tr("输入消息，Enter 发送，Shift+Enter 换行，输入 / 选择快捷短语"));
    setToolTip(tr("Enter 发送 · Shift+Enter 换行 · / 快捷短语（↑↓ 选择，Enter/Tab 插入，Esc 关闭）"));
    connect(m_popup, &PhrasePopup::phraseClicked, this, &ComposeEdit::choosePhrase);
}

void ComposeEdit::setPhrases(const QList<QuickPhrase>& phrases) {
    m_phrases = phrases;
    m_matcher = QuickPhraseMatcher(phrases);
    m_popup->hide();
}

void ComposeEdit::setPhraseLoader(std::function<QList<QuickPhrase>()> loader) {
    m_loader = std::move(loader);
    m_phrasesStale = true;
}

void ComposeEdit::inputMethodEvent(QInputMethodEvent* event) {
    QPlainTextEdit::inputMethodEvent(event);
    if (!event->commitString().isEmpty()) {
        updatePopup();
    }
}

bool ComposeEdit::isPhrasePopupVisible() const {
    return m_popup->isVisible();
}

void ComposeEdit::keyPressEvent(QKeyEvent* event) {
    if (m_popup->isVisible() && handlePopupKey(event)) {
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ShiftModifier)) {
        // QPlainTextEdit would insert U+2028 for Shift+Enter; the buyer should get a plain new line.
        insertPlainText(u"\n"_s);
        event->accept();
        return;
    }
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        Q_EMIT submitRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    updatePopup();
}

bool ComposeEdit::handlePopupKey(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Up:
            m_popup->moveSelection(-1);
            return true;
        case Qt::Key_Down:
            m_popup->moveSelection(1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            choosePhrase();
            return true;
        case Qt::Key_Escape:
            m_dismissedSlash = slashPosition();
            m_popup->hide();
            return true;
        default:
            return false;
    }
}

void ComposeEdit::focusOutEvent(QFocusEvent* event) {
    m_popup->hide();
    QPlainTextEdit::focusOutEvent(event);
}

int ComposeEdit::slashPosition() const {
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection()) {
        return -1;
    }
    const QString line = cursor.block().text();
    const int column = cursor.positionInBlock();
    for (int i = column - 1; i >= 0; --i) {
        const QChar c = line.at(i);
        if (c == u'/') {
            const bool startsWord = i == 0 || line.at(i - 1).isSpace();
            return startsWord ? cursor.block().position() + i : -1;
        }
        if (c.isSpace()) {
            return -1;
        }
    }
    return -1;
}

void ComposeEdit::updatePopup() {
    const int slash = slashPosition();
    if (slash >= 0 && m_phrasesStale && m_loader) {
        m_phrasesStale = false;
        setPhrases(m_loader());
    }
    if (slash < 0 || slash == m_dismissedSlash || m_phrases.isEmpty()) {
        if (slash != m_dismissedSlash) {
            m_dismissedSlash = -1;
        }
        m_popup->hide();
        return;
    }
    const QString query = toPlainText().mid(slash + 1, textCursor().position() - slash - 1);
    QList<QuickPhrase> matches;
    const QList<int> hits = m_matcher.match(query, kPopupRows);
    for (int i : hits) {
        matches.append(m_phrases.at(i));
    }
    // Anchored at the "/", not at the caret: the list stays put while the agent types (moving a window repaints
    // all of it).
    QTextCursor atSlash = textCursor();
    atSlash.setPosition(slash);
    const QRect anchor = cursorRect(atSlash);
    m_popup->showPhrases(matches, viewport()->mapToGlobal(anchor.bottomLeft() + QPoint(0, 2)),
                         viewport()->mapToGlobal(anchor.topLeft() - QPoint(0, 2)));
}

void ComposeEdit::choosePhrase() {
    const auto phrase = m_popup->currentPhrase();
    const int slash = slashPosition();
    m_popup->hide();
    if (!phrase || slash < 0) {
        return;
    }
    QTextCursor cursor = textCursor();
    cursor.setPosition(slash, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    setTextCursor(cursor);
    Q_EMIT phraseChosen(*phrase);
}

}  // namespace kefu
