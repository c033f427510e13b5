#pragma once

#include "gui/shell/WorkbenchSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSettings;
class QSoundEffect;
class QSystemTrayIcon;

namespace kefu {

// Tells the agent a buyer wrote: a short chime and a system notification, each switchable in the settings
// (notify/sound, notify/popup; both on by default). Tests replace the outputs so nothing plays.
class NewMessageAlert : public QObject {
    Q_OBJECT

public:
    static constexpr auto kSoundKey = WorkbenchSettings::kSoundKey;  // the settings dialog writes these
    static constexpr auto kPopupKey = WorkbenchSettings::kPopupKey;
    static constexpr auto kSoundUrl = "qrc:/sounds/new-message.wav";
    // A burst of messages chimes once.
    static constexpr int kQuietMs = 1500;

    struct Outputs {
        std::function<void()> playSound;
        std::function<void(const QString& title, const QString& text)> showPopup;
    };

    explicit NewMessageAlert(QObject* parent = nullptr);
    ~NewMessageAlert() override;

    // The settings to read the switches from (the application's QSettings when unset); not owned.
    void setSettings(QSettings* settings);
    // The shell's tray icon, to show the notification on; without one a tray icon is made when a tray exists.
    void setTrayIcon(QSystemTrayIcon* tray);
    // Test seam: what playing and showing do.
    void setOutputs(Outputs outputs);

    // A buyer's new message arrived.
    void raise(const QString& buyerNick, const QString& preview);

Q_SIGNALS:
    // What raise() did, after the switches and the quiet time.
    void raised(bool sound, bool popup, const QString& buyerNick);

private:
    bool enabled(const char* key) const;
    void playSound();
    void showPopup(const QString& title, const QString& text);

    QSettings* m_settings = nullptr;
    // The application's settings, opened once: a QSettings made per message was a twentieth of the GUI thread's time
    // under live traffic. QSettings objects of one process share their data, so the settings dialog's writes show.
    mutable std::unique_ptr<QSettings> m_appSettings;
    QSystemTrayIcon* m_tray = nullptr;
    QSoundEffect* m_sound = nullptr;  // made on the first chime: loading the audio backend is slow
    Outputs m_outputs;
    QElapsedTimer m_sinceSound;
};

}  // namespace kefu
