#pragma once

#include "channel/client/ChannelDiagnostics.h"
#include "channel/client/ChannelState.h"

#include <QLabel>

namespace kefu {

// The status bar's word on the live channel: a coloured dot and the state (已连接, 正在连接网关…, 登录已失效 …), or
// 离线模式 when no gateway is configured, with what waits in the outbox. The tooltip names the gateway, the last
// connection and the last error; a click asks for the diagnostics view.
class ChannelStatusLabel : public QLabel {
    Q_OBJECT

public:
    explicit ChannelStatusLabel(QWidget* parent = nullptr);

    // Without a gateway address the channel is not started at all (offline mode).
    void setGateway(const QString& url, const QString& agentNick);
    void setState(ChannelState state);
    void setDiagnostics(const ChannelDiagnostics& diagnostics);
    // Offline mode: the worker is not counting, the shell reads the outbox itself.
    void setOfflineOutboxSize(qint64 waiting);
    // The plain words shown (without the dot), for tests and screen readers.
    QString statusText() const { return m_text; }
    ChannelState state() const { return m_state; }

Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void refresh();
    QString stateText() const;
    QColor dotColour() const;
    QString toolTipText() const;

    QString m_url;
    QString m_agentNick;
    ChannelState m_state = ChannelState::Stopped;
    ChannelDiagnostics m_diagnostics;
    qint64 m_offlineOutbox = 0;
    QString m_text;
};

}  // namespace kefu
