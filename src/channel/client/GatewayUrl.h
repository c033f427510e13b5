#pragma once

#include <QString>

namespace kefu {

// Only a WebSocket address with a host makes sense for the gateway: anything else would fail later, far from the
// typo (the command line's --gateway and 设置 → 网关 both check with this).
bool isGatewayUrl(const QString& text);

}  // namespace kefu
