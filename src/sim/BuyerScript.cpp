#include "sim/BuyerScript.h"

#include <algorithm>

namespace kefu {

int BuyerScript::questionCount() const {
    return static_cast<int>(
        std::count_if(steps.cbegin(), steps.cend(), [](const BuyerStep& s) { return s.awaitsReply; }));
}

}  // namespace kefu
