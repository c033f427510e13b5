#pragma once

#include <QString>

namespace kefu {

// The workbench's look: a light neutral canvas with white cards and Taobao orange for what needs attention.
class AppStyle {
public:
    static constexpr const char* kAccent = "#ff5000";

    static QString styleSheet();
};

}  // namespace kefu
