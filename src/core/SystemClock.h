#pragma once

#include "core/Clock.h"

namespace kefu {

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

}  // namespace kefu
