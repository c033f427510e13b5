#pragma once

// One valid value of every frame type (and of each variant a frame has), for the codec's table-driven tests.
#include "channel/InboundFrame.h"
#include "channel/OutboundFrame.h"

#include <QList>

namespace kefu::test {

QList<InboundFrame> sampleInboundFrames();
QList<OutboundFrame> sampleOutboundFrames();

}  // namespace kefu::test
