#include "gui/shell/SettingsDialog.h"

#include "channel/client/GatewayUrl.h"
#include "gui/shell/WorkbenchSettings.h"

#include "ui_SettingsDialog.h"

using namespace Qt::StringLiterals;

namespace kefu {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()) {
    m_ui->setupUi(this);
    // Each language is named in itself, so someone who cannot read the current one still finds theirs.
    m_ui->languageBox->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_ui->languageBox->addItem(u"English"_s, u"en"_s);
    m_ui->languageBox->setCurrentIndex(m_ui->languageBox->findData(WorkbenchSettings::language()));
    m_ui->soundBox->setChecked(WorkbenchSettings::soundAlerts());
    m_ui->popupBox->setChecked(WorkbenchSettings::popupAlerts());
    m_ui->gatewayUrlEdit->setText(WorkbenchSettings::gatewayUrl());
    m_ui->gatewayTokenEdit->setText(WorkbenchSettings::gatewayToken());
    m_ui->gatewayNote->setStyleSheet(u"color: #5b616b;"_s);
    m_ui->gatewayError->setStyleSheet(u"color: #e5484d;"_s);
    m_ui->gatewayError->hide();
    connect(m_ui->showTokenBox, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->gatewayTokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->gatewayUrlEdit, &QLineEdit::textEdited, this, [this] { showGatewayError(QString()); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::focusGateway() {
    m_ui->gatewayTokenEdit->setFocus(Qt::OtherFocusReason);
    m_ui->gatewayTokenEdit->selectAll();
}

bool SettingsDialog::isGatewayUrl(const QString& url) {
    return url.trimmed().isEmpty() || kefu::isGatewayUrl(url.trimmed());  // empty: offline mode
}

void SettingsDialog::showGatewayError(const QString& text) {
    m_ui->gatewayError->setText(text);
    m_ui->gatewayError->setVisible(!text.isEmpty());
}

void SettingsDialog::accept() {
    const QString url = m_ui->gatewayUrlEdit->text().trimmed();
    if (!isGatewayUrl(url)) {
        showGatewayError(tr("网关地址应以 ws:// 或 wss:// 开头，例如 ws://127.0.0.1:8765"));
        m_ui->gatewayUrlEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString token = m_ui->gatewayTokenEdit->text();
    m_gatewayChanged = url != WorkbenchSettings::gatewayUrl() || token != WorkbenchSettings::gatewayToken();
    WorkbenchSettings::setLanguage(m_ui->languageBox->currentData().toString());
    WorkbenchSettings::setSoundAlerts(m_ui->soundBox->isChecked());
    WorkbenchSettings::setPopupAlerts(m_ui->popupBox->isChecked());
    WorkbenchSettings::setGatewayUrl(url);
    WorkbenchSettings::setGatewayToken(token);
    QDialog::accept();
}

}  // namespace kefu
