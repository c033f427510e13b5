#include "gui/widgets/QuietUpdate.h"

#include <QTabBar>
#include <QWidget>

namespace kefu::QuietUpdate {

bool setStyleSheet(QWidget& widget, const QString& sheet) {
    if (widget.styleSheet() == sheet) {
        return false;
    }
    widget.setStyleSheet(sheet);
    return true;
}

bool setToolTip(QWidget& widget, const QString& tip) {
    if (widget.toolTip() == tip) {
        return false;
    }
    widget.setToolTip(tip);
    return true;
}

bool setTabText(QTabBar& tabs, int index, const QString& text) {
    if (tabs.tabText(index) == text) {
        return false;
    }
    tabs.setTabText(index, text);
    return true;
}

}  // namespace kefu::QuietUpdate
