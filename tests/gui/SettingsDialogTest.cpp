#include "gui/shell/SettingsDialog.h"
#include "gui/shell/WorkbenchSettings.h"

#include <QCheckBox>
#include <QComboBox>
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

}  // namespace
}  // namespace kefu
