#pragma once

#include "channel/InboundFrame.h"
#include "channel/OutboundFrame.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketProtocol>
#include <QWebSocketServer>

#include <functional>

namespace kefu::test {

// A small gateway on loopback for the client's tests: accepts one workbench at a time, sends hello (or any text
// first), checks the auth token (a wrong one gets error auth_failed, fatal, then close 1008), records every frame
// it receives, and sends whatever a test asks for: frames, raw text, binary, closes with a code.
class FakeGateway : public QObject {
    Q_OBJECT
public:
    explicit FakeGateway(QObject* parent = nullptr);
    ~FakeGateway() override;

    QUrl url() const;

    void setToken(const QString& token) { m_token = token; }
    // Sent as the first frame of every connection; empty: no hello at all (the client's hello timeout).
    void setHelloText(const QByteArray& text) { m_helloText = text; }
    static QByteArray helloText(qint64 heartbeatMs = 15000, int version = 1);
    void setAnswerPings(bool answer) { m_answerPings = answer; }
    // Stay silent as a dead gateway would: no pongs, nothing at all.
    void setSilent(bool silent) { m_silent = silent; }
    // Called for every decoded frame received (after it is recorded); tests answer message.send with it.
    void setOnFrame(std::function<void(const OutboundFrame&)> onFrame) { m_onFrame = std::move(onFrame); }

    bool hasClient() const { return m_client != nullptr; }
    int connectionCount() const { return m_connections; }
    QList<OutboundFrame> received() const { return m_received; }
    QStringList receivedTypes() const;  // without heartbeats (ping, pong)
    template <typename F>
    QList<F> receivedOf() const {
        QList<F> out;
        for (const OutboundFrame& frame : m_received) {
            if (const F* f = std::get_if<F>(&frame)) {
                out.append(*f);
            }
        }
        return out;
    }
    int badFramesReceived() const { return m_badFrames; }
    // The close codes the workbench sent, one per connection it closed.
    QList<int> clientCloseCodes() const { return m_clientCloseCodes; }

    void send(const InboundFrame& frame);
    void sendText(const QByteArray& utf8);
    void sendBinary(const QByteArray& data);
    // Several frames in one go: they reach the client in one read.
    void sendAll(const QList<QByteArray>& texts);
    void closeClient(QWebSocketProtocol::CloseCode code, const QString& reason = {});
    void abortClient();  // the network drops: no close frame

    // Runs the event loop until `done` or `timeoutMs`; true when done.
    static bool waitUntil(const std::function<bool()>& done, int timeoutMs = 3000);

Q_SIGNALS:
    void frameReceived(const kefu::OutboundFrame& frame);

private:
    void onNewConnection();
    void onText(QWebSocket* socket, const QString& text);

    QWebSocketServer m_server;
    QPointer<QWebSocket> m_client;
    QString m_token = QStringLiteral("good-token");
    QByteArray m_helloText;
    bool m_answerPings = true;
    bool m_silent = false;
    std::function<void(const OutboundFrame&)> m_onFrame;
    int m_connections = 0;
    int m_badFrames = 0;
    QList<OutboundFrame> m_received;
    QList<int> m_clientCloseCodes;
};

}  // namespace kefu::test
