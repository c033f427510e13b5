#include "gui/AppStyle.h"

using namespace Qt::StringLiterals;

namespace kefu {

// Scroll bars are thin and flat, as in Qianniu. Fusion drew a full-height gradient groove, and Qt's raster engine
// hands any fill over 96 lines to its thread pool and waits: 3–5 ms of each inbox scroll frame on two cores.
QString AppStyle::styleSheet() {
    return uR"(
QWidget#overviewPage { background: #f4f5f7; }
QFrame[card="true"] {
    background: #ffffff;
    border: 1px solid #e4e6eb;
    border-radius: 10px;
}
QFrame[card="true"][highlighted="true"] {
    background: #fff6f1;
    border: 1px solid #ffc2a3;
}
QFrame[card="true"] QLabel { background: transparent; border: none; }
QLabel[role="sectionTitle"] { color: #5c6370; font-size: 13px; font-weight: 600; padding-left: 2px; }
QLabel[role="panelTitle"] { color: #1f2329; font-size: 16px; font-weight: 600; }
QLabel[role="cardTitle"] { color: #646a73; font-size: 13px; }
QLabel[role="cardValue"] { color: #1f2329; font-size: 30px; font-weight: 600; }
QFrame[highlighted="true"] QLabel[role="cardValue"] { color: #ff5000; }
QLabel[role="cardCaption"] { color: #8f959e; font-size: 12px; }
QLabel#shopName { color: #1f2329; font-size: 22px; font-weight: 600; }
QLabel#sellerNick { color: #646a73; font-size: 13px; }
QLabel#overviewUpdatedAt { color: #8f959e; font-size: 12px; }
QLabel#shopPlatform {
    color: #ffffff; background: #ff0036; border-radius: 4px; padding: 2px 8px; font-size: 12px; font-weight: 600;
}
QLabel#shopPlatform[platform="taobao"] { background: #ff5000; }
QLabel#errorBar {
    color: #a8071a; background: #fff1f0; border: 1px solid #ffccc7; border-radius: 6px; padding: 8px 12px;
}
QPushButton#overviewRefreshButton {
    color: #1f2329; background: #ffffff; border: 1px solid #d0d3d9; border-radius: 6px; padding: 5px 16px;
}
QPushButton#overviewRefreshButton:hover { border-color: #ff5000; color: #ff5000; }
QTreeView#waitingList {
    background: #ffffff; alternate-background-color: #fafbfc; border: none; font-size: 13px;
    selection-background-color: #ffe8dc; selection-color: #1f2329;
}
QTreeView#waitingList::item { padding: 7px 4px; border: none; }
QTreeView#waitingList QHeaderView::section {
    background: #ffffff; color: #8f959e; border: none; border-bottom: 1px solid #e4e6eb; padding: 6px 4px;
    font-size: 12px;
}
QScrollBar:vertical { background: palette(base); width: 10px; margin: 0; }
QScrollBar:horizontal { background: palette(base); height: 10px; margin: 0; }
QScrollBar::handle { background: #c9cdd4; border-radius: 3px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: #9aa0a8; }
QScrollBar::handle:vertical { min-height: 32px; margin: 0 2px; }
QScrollBar::handle:horizontal { min-width: 32px; margin: 2px 0; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; background: transparent; }
QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }
QAbstractScrollArea::corner { background: palette(base); border: none; }
QStatusBar { background: #ffffff; color: #646a73; border-top: 1px solid #e4e6eb; }
QStatusBar QLabel { color: #646a73; padding: 0 6px; }
)"_s;
}

}  // namespace kefu
