#include "gui/shell/SettingsDialog.h"

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
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept() {
    WorkbenchSettings::setLanguage(m_ui->languageBox->currentData().toString());
    WorkbenchSettings::setSoundAlerts(m_ui->soundBox->isChecked());
    WorkbenchSettings::setPopupAlerts(m_ui->popupBox->isChecked());
    QDialog::accept();
}

}  // namespace kefu
