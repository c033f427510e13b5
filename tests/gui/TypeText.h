#pragma once

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QString>
#include <QTest>
#include <QWidget>

namespace kefu::test {

// QTest::keyClicks maps each character to a key and asserts on anything outside ASCII, so Chinese needs its own way
// in. commitText delivers a whole string as an input method does after the agent picks the characters.
inline void commitText(QWidget* widget, const QString& text) {
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
}

// typeText sends one key event per character (ASCII as real keys), for widgets that react to every keystroke
// (the / popup, debounced search boxes).
inline void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

}  // namespace kefu::test
