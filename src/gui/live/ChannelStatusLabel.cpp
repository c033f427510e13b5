#include "gui/live/ChannelStatusLabel.h"

#include "core/ShopTime.h"
#include "gui/widgets/QuietUpdate.h"

#include <QColor>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace kefu {

ChannelStatusLabel::ChannelStatusLabel(QWidget* parent) : QLabel(parent) {
    setObjectName(u"statusConnection"_s);
    setTextFormat(Qt::RichText);
    setCursor(Qt::PointingHandCursor);
    refresh();
}

void ChannelStatusLabel::setGateway(const QString& url, const QString& agentNick) {
    m_url = url;
    m_agentNick = agentNick;
    if (url.isEmpty()) {
        m_state = ChannelState::Stopped;
    }
    refresh();
}

void ChannelStatusLabel::setState(ChannelState state) {
    m_state = state;
    refresh();
}

void ChannelStatusLabel::setDiagnostics(const ChannelDiagnostics& diagnostics) {
    m_diagnostics = diagnostics;
    refresh();
}

void ChannelStatusLabel::setOfflineOutboxSize(qint64 waiting) {
    m_offlineOutbox = waiting;
    refresh();
}

QString ChannelStatusLabel::stateText() const {
    if (m_url.isEmpty()) {
        // Short: the status bar must fit a laptop screen in English too; the tooltip says what offline mode means.
        return m_offlineOutbox > 0 ? tr("网关：离线模式（%1 条待发送）").arg(m_offlineOutbox) : tr("网关：离线模式");
    }
    QString text = tr("网关：%1").arg(channelStateLabel(m_state));
    const qint64 waiting = m_diagnostics.repliesWaiting;
    if (waiting > 0 && m_state != ChannelState::Live) {
        text += tr("（%1 条待发送）").arg(waiting);
    }
    return text;
}

QColor ChannelStatusLabel::dotColour() const {
    if (m_url.isEmpty()) {
        return QColor(0x8a, 0x8f, 0x99);
    }
    switch (m_state) {
        case ChannelState::Live:
            return QColor(0x1a, 0x9f, 0x4b);
        case ChannelState::Connecting:
        case ChannelState::Reconnecting:
            return QColor(0xf5, 0x9e, 0x0b);
        case ChannelState::AuthFailed:
        case ChannelState::Unsupported:
        case ChannelState::Failed:
            return QColor(0xe5, 0x48, 0x4d);
        case ChannelState::Stopped:
            break;
    }
    return QColor(0x8a, 0x8f, 0x99);
}

QString ChannelStatusLabel::toolTipText() const {
    QStringList lines;
    if (m_url.isEmpty()) {
        lines << tr("未配置聊天网关：回复保存在本机，配置后自动发出（设置 → 网关）");
    } else {
        lines << tr("聊天网关：%1").arg(m_url) << tr("客服账号：%1").arg(m_agentNick);
        lines << (m_diagnostics.lastConnectedAtMs > 0
                      ? tr("上次连接：%1").arg(ShopTime::formatDateTime(m_diagnostics.lastConnectedAtMs))
                      : tr("上次连接：从未连接"));
        if (m_diagnostics.reconnects > 0) {
            lines << tr("重连次数：%1").arg(m_diagnostics.reconnects);
        }
        if (!m_diagnostics.lastError.isEmpty()) {
            lines << tr("最近错误：%1").arg(m_diagnostics.lastError);
        }
    }
    lines << tr("点击查看连接诊断（Ctrl+Shift+D）");
    return lines.join(u'\n');
}

void ChannelStatusLabel::refresh() {
    m_text = stateText();
    const bool alarming = !m_url.isEmpty() && (m_state == ChannelState::AuthFailed ||
                                               m_state == ChannelState::Unsupported || m_state == ChannelState::Failed);
    const QString words =
        alarming ? u"<span style=\"color:#e5484d; font-weight:600;\">%1</span>"_s.arg(m_text.toHtmlEscaped())
                 : m_text.toHtmlEscaped();
    // Diagnostics arrive several times a second while messages flow: an unchanged tooltip is not announced again.
    const QString shown = u"<span style=\"color:%1;\">&#9679;</span>&nbsp;%2"_s.arg(dotColour().name(), words);
    setText(shown);
    QuietUpdate::setToolTip(*this, toolTipText());
}

void ChannelStatusLabel::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        Q_EMIT clicked();
        event->accept();
        return;
    }
    QLabel::mousePressEvent(event);
}

}  // namespace kefu
