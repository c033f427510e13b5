#pragma once

class QWebSocket;
class QWebSocketServer;

namespace kefu {

// Nagle's algorithm off for the channel's TCP connections. The frames are small (acks, pings, pongs, read marks) and
// answer each other: with Nagle on, a small frame written while an earlier one is unacknowledged waits for the
// peer's delayed ACK. Measured: once the client proved its commands with a ping, the gateway's pong sat unacknowledged
// ahead of the next message.created, and buyer → inbox row p95 at 100 msg/s went from 1.3 ms to 33 ms.
// Qt's WebSocket classes have no socket-option API, so these reach the TCP socket underneath.

// The client's socket, a child QWebSocket creates on open(): call once connected. False when it is not there.
bool setSocketLowDelay(QWebSocket& socket);

// A listening server: Linux hands TCP_NODELAY on to every connection it accepts. False when it could not be set.
bool setListenerLowDelay(const QWebSocketServer& server);

}  // namespace kefu
