#pragma once

#include <QString>

namespace kefu {

// The side panel's own look (cards, chips, level badges), kept beside it rather than in the app-wide sheet.
class CustomerSidePanelStyle {
public:
    static QString styleSheet();
};

}  // namespace kefu
