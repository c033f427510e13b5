#include "SimTestClient.h"

#include "channel/FrameCodec.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kefu::test {

SimTestClient::SimTestClient(QUrl url, QObject* parent) : QObject(parent), m_url(std::move(url)) {
    connect(&m_socket, &QWebSocket::connected, this, [this] { m_connected = true; });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_connected = false;
        m_disconnected = true;
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        Result<InboundFrame> frame = FrameCodec::decode(text.toUtf8());
        if (frame) {
            m_sequencedCount += sequenceOf(frame.value()) ? 1 : 0;
            m_frames.append(frame.value());
        } else {
            m_problems.append(frame.error().detail);
        }
    });
}

bool SimTestClient::open(int timeoutMs) {
    m_socket.open(m_url);
    return waitFor([this] { return !framesOf<HelloFrame>().isEmpty(); }, timeoutMs);
}

bool SimTestClient::signIn(const QString& agent, const QString& token, qint64 lastSeq) {
    if (!open()) {
        return false;
    }
    send(AuthFrame{{}, agent, token, u"KefuDesk/test"_s});
    send(ResumeFrame{{}, lastSeq});
    settle(100);
    return m_connected;
}

void SimTestClient::send(const OutboundFrame& frame) {
    m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(frame)));
}

void SimTestClient::sendRaw(const QString& text) {
    m_socket.sendTextMessage(text);
}

void SimTestClient::ack(qint64 seq) {
    send(AckFrame{{}, seq});
}

void SimTestClient::close() {
    m_socket.close();
    waitFor([this] { return !m_connected; }, 2000);
}

bool SimTestClient::waitFor(const std::function<bool()>& condition, int timeoutMs) {
    return QTest::qWaitFor(condition, timeoutMs);
}

bool SimTestClient::waitForSequenced(int count, int timeoutMs) {
    return waitFor([this, count] { return m_sequencedCount >= count; }, timeoutMs);
}

void SimTestClient::settle(int ms) {
    QTest::qWait(ms);
}

QList<InboundFrame> SimTestClient::sequenced() const {
    QList<InboundFrame> found;
    for (const InboundFrame& f : m_frames) {
        if (sequenceOf(f)) {
            found.append(f);
        }
    }
    return found;
}

QList<qint64> SimTestClient::seqs() const {
    QList<qint64> found;
    for (const InboundFrame& f : m_frames) {
        if (const auto seq = sequenceOf(f)) {
            found.append(*seq);
        }
    }
    return found;
}

QList<ErrorFrame> SimTestClient::errors() const {
    return framesOf<ErrorFrame>();
}

void SimTestClient::clear() {
    m_frames.clear();
    m_problems.clear();
    m_sequencedCount = 0;
}

}  // namespace kefu::test
