#pragma once

#include "channel/InboundFrame.h"
#include "channel/OutboundFrame.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace kefu::test {

// A raw WebSocket workbench for the simulator's tests: sends frames by hand and keeps everything it receives.
class SimTestClient : public QObject {
    Q_OBJECT
public:
    explicit SimTestClient(QUrl url, QObject* parent = nullptr);

    bool open(int timeoutMs = 3000);  // connected and hello received
    // open() + auth + resume(lastSeq); true once the simulator has had time to take the resume.
    bool signIn(const QString& agent, const QString& token, qint64 lastSeq = 0);
    void send(const OutboundFrame& frame);
    void sendRaw(const QString& text);
    void ack(qint64 seq);
    void close();

    static bool waitFor(const std::function<bool()>& condition, int timeoutMs = 3000);
    bool waitForSequenced(int count, int timeoutMs = 3000);
    void settle(int ms = 150);  // let in-flight frames arrive

    const QList<InboundFrame>& frames() const { return m_frames; }
    QList<InboundFrame> sequenced() const;
    QList<qint64> seqs() const;
    QList<ErrorFrame> errors() const;
    QStringList problems() const { return m_problems; }  // decode failures of what arrived
    template <typename Frame>
    QList<Frame> framesOf() const {
        QList<Frame> found;
        for (const InboundFrame& f : m_frames) {
            if (const auto* typed = std::get_if<Frame>(&f)) {
                found.append(*typed);
            }
        }
        return found;
    }
    bool isConnected() const { return m_connected; }
    bool wasDisconnected() const { return m_disconnected; }
    int closeCode() const { return static_cast<int>(m_socket.closeCode()); }
    void clear();

private:
    QWebSocket m_socket;
    QUrl m_url;
    QList<InboundFrame> m_frames;
    QStringList m_problems;
    int m_sequencedCount = 0;
    bool m_connected = false;
    bool m_disconnected = false;
};

}  // namespace kefu::test
