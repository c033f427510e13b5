#pragma once

#include "channel/InboundFrame.h"

#include <QtGlobal>

namespace kefu {

// One sequenced frame of a burst: its seq and where it sits in the caller's list (a burst is never copied).
struct SequencedFrame {
    qint64 seq = 0;
    const InboundFrame* frame = nullptr;
};

}  // namespace kefu
