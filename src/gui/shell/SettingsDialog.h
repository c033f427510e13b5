#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace kefu {

// 设置: interface language, new-message alerts and the live chat gateway (网关 address and login token), saved
// through WorkbenchSettings when accepted. A gateway address that is not ws:// or wss:// is refused inline.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Opens on the 网关 section (the auth-failure banner sends the agent here to re-enter the token).
    void focusGateway();
    // True when accept() saved a gateway address or token different from before.
    bool gatewayChanged() const { return m_gatewayChanged; }
    // Empty or ws:// / wss:// with a host.
    static bool isGatewayUrl(const QString& url);

    void accept() override;

private:
    void showGatewayError(const QString& text);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    bool m_gatewayChanged = false;
};

}  // namespace kefu
