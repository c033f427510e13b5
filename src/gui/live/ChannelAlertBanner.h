#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace kefu {

// A non-modal bar across the top of the workbench for what the agent must act on in the live channel: the gateway
// refused the login token (re-enter it in 设置 → 网关), it speaks another protocol version, or the channel cannot
// write the store. The agent keeps working while it shows; 打开设置 and × close it.
class ChannelAlertBanner : public QFrame {
    Q_OBJECT

public:
    explicit ChannelAlertBanner(QWidget* parent = nullptr);

    void showAuthFailure(const QString& gatewayMessage);
    void showProblem(const QString& message);
    QString message() const;
    bool isAuthFailure() const { return m_authFailure; }

Q_SIGNALS:
    void settingsRequested();

private:
    void showMessage(const QString& text, const QString& detail, bool offerSettings);

    QLabel* m_text;
    QLabel* m_detail;
    QPushButton* m_settingsButton;
    QToolButton* m_closeButton;
    bool m_authFailure = false;
};

}  // namespace kefu
