#include "gui/shell/SettingsDialog.h"
#include "gui/shell/WorkbenchSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

class SettingsDialogTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

TEST_F(SettingsDialogTest, DefaultsAreChineseWithBothAlertsOn) {
    EXPECT_EQ(WorkbenchSettings::language(), u"zh_CN"_s);
    EXPECT_TRUE(WorkbenchSettings::soundAlerts());
    EXPECT_TRUE(WorkbenchSettings::popupAlerts());
}

TEST_F(SettingsDialogTest, AcceptSavesLanguageAndAlertSwitches) {
    SettingsDialog dialog;
    auto* language = dialog.findChild<QComboBox*>(u"languageBox"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    dialog.findChild<QCheckBox*>(u"soundBox"_s)->setChecked(false);
    dialog.accept();
    EXPECT_EQ(WorkbenchSettings::language(), u"en"_s);
    EXPECT_FALSE(WorkbenchSettings::soundAlerts());
    EXPECT_TRUE(WorkbenchSettings::popupAlerts());
    // The inbox's alert reads the same key.
    EXPECT_FALSE(QSettings().value(QLatin1StringView(WorkbenchSettings::kSoundKey), true).toBool());
}

TEST_F(SettingsDialogTest, CancelChangesNothing) {
    SettingsDialog dialog;
    dialog.findChild<QCheckBox*>(u"popupBox"_s)->setChecked(false);
    dialog.reject();
    EXPECT_TRUE(WorkbenchSettings::popupAlerts());
}

TEST_F(SettingsDialogTest, GatewayAddressAndTokenAreSavedUnderTheGatewayKeys) {
    SettingsDialog dialog;
    dialog.findChild<QLineEdit*>(u"gatewayUrlEdit"_s)->setText(u" ws://127.0.0.1:8765 "_s);
    auto* token = dialog.findChild<QLineEdit*>(u"gatewayTokenEdit"_s);
    EXPECT_EQ(token->echoMode(), QLineEdit::Password);
    token->setText(u"kefu-sim-token"_s);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.gatewayChanged());
    EXPECT_EQ(QSettings().value(u"gateway/url"_s).toString(), u"ws://127.0.0.1:8765"_s);
    EXPECT_EQ(QSettings().value(u"gateway/token"_s).toString(), u"kefu-sim-token"_s);

    SettingsDialog again;
    EXPECT_EQ(again.findChild<QLineEdit*>(u"gatewayUrlEdit"_s)->text(), u"ws://127.0.0.1:8765"_s);
    again.accept();
    EXPECT_FALSE(again.gatewayChanged());
}

TEST_F(SettingsDialogTest, AnAddressThatIsNotWebSocketIsRefusedWithAReason) {
    SettingsDialog dialog;
    dialog.show();
    dialog.findChild<QLineEdit*>(u"gatewayUrlEdit"_s)->setText(u"http://127.0.0.1:8765"_s);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(u"gatewayError"_s);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"ws://"_s));
    EXPECT_TRUE(WorkbenchSettings::gatewayUrl().isEmpty());
    EXPECT_TRUE(SettingsDialog::isGatewayUrl(u"wss://gateway.example.com/kefu"_s));
    EXPECT_TRUE(SettingsDialog::isGatewayUrl(QString()));  // offline mode
    EXPECT_FALSE(SettingsDialog::isGatewayUrl(u"ws://"_s));
}

}  // namespace
}  // namespace kefu
