#include "channel/client/GatewayUrl.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace kefu {

bool isGatewayUrl(const QString& text) {
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == "ws"_L1 || url.scheme() == "wss"_L1) && !url.host().isEmpty();
}

}  // namespace kefu
