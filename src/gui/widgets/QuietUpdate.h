#pragma once

#include <QString>

class QTabBar;
class QWidget;

// Setters that leave a widget alone when it already shows the value, because Qt does not always compare for us: an
// unchanged style sheet re-polishes the widget and an unchanged tab text re-lays out the tab bar, and both then re-lay
// out what is around it (the status bar, the docks, the window); an unchanged tooltip is announced again. On the hot
// paths (every keystroke, every stored message, the 250 ms inbox counts, the channel's diagnostics) that is
// measurable. (QLabel::setText already ignores an identical text.) Each returns whether it changed anything.
namespace kefu::QuietUpdate {

bool setStyleSheet(QWidget& widget, const QString& sheet);
bool setToolTip(QWidget& widget, const QString& tip);
bool setTabText(QTabBar& tabs, int index, const QString& text);

}  // namespace kefu::QuietUpdate
