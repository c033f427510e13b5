#include "gui/inbox/NewMessageAlert.h"

#include <QApplication>
#include <QSettings>
#include <QSoundEffect>
#include <QSystemTrayIcon>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kefu {

NewMessageAlert::NewMessageAlert(QObject* parent) : QObject(parent) {
    m_outputs.playSound = [this] { playSound(); };
    m_outputs.showPopup = [this](const QString& title, const QString& text) { showPopup(title, text); };
}

NewMessageAlert::~NewMessageAlert() = default;

void NewMessageAlert::setSettings(QSettings* settings) {
    m_settings = settings;
}

void NewMessageAlert::setTrayIcon(QSystemTrayIcon* tray) {
    m_tray = tray;
}

void NewMessageAlert::setOutputs(Outputs outputs) {
    m_outputs = std::move(outputs);
}

void NewMessageAlert::raise(const QString& buyerNick, const QString& preview) {
    bool sound = enabled(kSoundKey) && (!m_sinceSound.isValid() || m_sinceSound.elapsed() >= kQuietMs);
    if (sound) {
        m_sinceSound.start();
        if (m_outputs.playSound) {
            m_outputs.playSound();
        }
    }
    const bool popup = enabled(kPopupKey);
    if (popup && m_outputs.showPopup) {
        m_outputs.showPopup(tr("%1 发来新消息").arg(buyerNick), preview);
    }
    if (sound || popup) {
        Q_EMIT raised(sound, popup, buyerNick);
    }
}

bool NewMessageAlert::enabled(const char* key) const {
    const QString name = QString::fromLatin1(key);
    if (m_settings) {
        return m_settings->value(name, true).toBool();
    }
    if (!m_appSettings) {
        m_appSettings = std::make_unique<QSettings>();
    }
    return m_appSettings->value(name, true).toBool();
}

void NewMessageAlert::playSound() {
    if (!m_sound) {
        m_sound = new QSoundEffect(this);
        m_sound->setSource(QUrl(QString::fromLatin1(kSoundUrl)));
        m_sound->setVolume(0.6F);
    }
    m_sound->play();
}

void NewMessageAlert::showPopup(const QString& title, const QString& text) {
    if (!m_tray) {
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            return;
        }
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("客服工作台"));
        m_tray->show();
    }
    if (QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 5000);
    }
}

}  // namespace kefu
