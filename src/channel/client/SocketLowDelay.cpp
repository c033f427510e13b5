#include "channel/client/SocketLowDelay.h"

#include <QAbstractSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace kefu {

bool setSocketLowDelay(QWebSocket& socket) {
    auto* tcp = socket.findChild<QAbstractSocket*>();
    if (tcp == nullptr) {
        return false;
    }
    tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return true;
}

bool setListenerLowDelay(const QWebSocketServer& server) {
#ifdef Q_OS_UNIX
    const int on = 1;
    const auto descriptor = static_cast<int>(server.socketDescriptor());
    return descriptor >= 0 && ::setsockopt(descriptor, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0;
#else
    Q_UNUSED(server);
    return false;
#endif
}

}  // namespace kefu
