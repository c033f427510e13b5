#include "gui/inbox/NewMessageAlert.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

class InboxAlertTest : public ::testing::Test {
protected:
    void SetUp() override {
        alert.setSettings(&settings);
        alert.setOutputs(
            {[this] { ++sounds; }, [this](const QString& title, const QString&) { titles.append(title); }});
    }
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"alert.ini"_s), QSettings::IniFormat};
    NewMessageAlert alert;
    int sounds = 0;
    QStringList titles;
};

TEST_F(InboxAlertTest, ChimesAndShowsByDefault) {
    QSignalSpy raised(&alert, &NewMessageAlert::raised);
    alert.raise(u"小葵花妈妈"_s, u"在吗"_s);
    EXPECT_EQ(sounds, 1);
    EXPECT_EQ(titles, QStringList{u"小葵花妈妈 发来新消息"_s});
    ASSERT_EQ(raised.size(), 1);
    EXPECT_TRUE(raised.at(0).at(0).toBool());
    EXPECT_TRUE(raised.at(0).at(1).toBool());
}

TEST_F(InboxAlertTest, ABurstChimesOnce) {
    alert.raise(u"a"_s, u"1"_s);
    alert.raise(u"b"_s, u"2"_s);
    EXPECT_EQ(sounds, 1);
    EXPECT_EQ(titles.size(), 2);
}

TEST_F(InboxAlertTest, SwitchesTurnEachOutputOff) {
    settings.setValue(QString::fromLatin1(NewMessageAlert::kSoundKey), false);
    alert.raise(u"a"_s, u"1"_s);
    EXPECT_EQ(sounds, 0);
    EXPECT_EQ(titles.size(), 1);
    settings.setValue(QString::fromLatin1(NewMessageAlert::kPopupKey), false);
    QSignalSpy raised(&alert, &NewMessageAlert::raised);
    alert.raise(u"b"_s, u"2"_s);
    EXPECT_EQ(titles.size(), 1);
    EXPECT_TRUE(raised.isEmpty());
}

}  // namespace
}  // namespace kefu
