#include "gui/customer/CustomerSidePanelStyle.h"

using namespace Qt::StringLiterals;

namespace kefu {

QString CustomerSidePanelStyle::styleSheet() {
    return uR"(
QScrollArea, QScrollArea > QWidget > QWidget { background: #f4f5f7; }
QWidget#customerProfileTab QScrollArea > QWidget > QWidget { background: #ffffff; }
QFrame[sideCard="true"] { background: #ffffff; border: 1px solid #e4e6eb; border-radius: 8px; }
QFrame[sideCard="true"] QLabel { background: transparent; border: none; }
QFrame#orderShipment, QFrame#afterSaleTimeline { background: #f7f8fa; border: none; border-radius: 6px; }
QLabel { font-size: 12px; color: #1f2329; }
QLabel[role="muted"] { color: #8f959e; }
QLabel[role="error"] { color: #d4380d; }
QLabel[role="warning"] { color: #d46b08; }
QLabel[role="tid"] { font-family: monospace; }
QLabel[role="event"] { color: #8f959e; }
QLabel[role="latestEvent"] { color: #1f2329; }
QLabel[role="sideSection"] { color: #5c6370; font-weight: 600; }
QLabel[role="customerNick"] { font-size: 15px; font-weight: 600; }
QLabel[role="statValue"] { font-size: 14px; font-weight: 600; }
QFrame#statBox { background: #f7f8fa; border-radius: 6px; }
QLabel[role="levelBadge"] { border-radius: 4px; padding: 1px 6px; color: #ffffff; background: #30a46c; }
QLabel[role="levelBadge"][level="returning"] { background: #0090ff; }
QLabel[role="levelBadge"][level="vip"] { background: #c08a1e; }
QLabel[role="statusChip"] { border-radius: 4px; padding: 1px 6px; background: #f2f3f5; color: #646a73; }
QLabel[role="statusChip"][tone="attention"] { background: #fff1e8; color: #ff5000; }
QLabel[role="statusChip"][tone="progress"] { background: #e6f4ff; color: #0069d9; }
QLabel[role="statusChip"][tone="done"] { background: #e8f7ee; color: #1f8a4c; }
QPushButton[role="cardAction"] {
    font-size: 12px; padding: 2px 8px; border: 1px solid #d0d3d9; border-radius: 4px; background: #ffffff;
}
QPushButton[role="cardAction"]:hover, QPushButton[role="cardAction"]:focus { border-color: #ff5000; color: #ff5000; }
QPushButton[role="cardAction"]:disabled { color: #c0c4cc; border-color: #e4e6eb; }
QToolButton[role="link"] { border: none; color: #0069d9; font-size: 12px; padding: 0 2px; background: transparent; }
QToolButton[role="link"]:hover, QToolButton[role="link"]:focus { text-decoration: underline; }
)"_s;
}

}  // namespace kefu
