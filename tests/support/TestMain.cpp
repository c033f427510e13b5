// The shared gtest main: offscreen platform, UTF-8 locale, one QApplication for every suite, and settings
// (QSettings: drafts, layout, notification switches) in a folder of this process's own, so tests never read or
// write the user's configuration and parallel test processes never share a file.
#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qputenv("LANG", "C.UTF-8");
    QTemporaryDir settingsHome;
    if (!settingsHome.isValid()) {
        return 2;
    }
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", settingsHome.path().toLocal8Bit());
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KefuDeskTests"));
    QApplication::setApplicationName(QStringLiteral("kefu-tests"));
    return RUN_ALL_TESTS();
}
