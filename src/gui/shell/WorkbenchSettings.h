#pragma once

#include <QString>

namespace kefu {

// The workbench's saved preferences (QSettings), each key named once. Language takes effect at the next start.
class WorkbenchSettings {
public:
    static QString language();  // "zh_CN" (default) or "en"
    static void setLanguage(const QString& language);
    static bool soundAlerts();  // a chime for a new buyer message
    static void setSoundAlerts(bool on);
    static bool popupAlerts();  // a desktop notification for a new buyer message
    static void setPopupAlerts(bool on);
    static QString lastAgentNick();  // who signed in last on this computer
    static void setLastAgentNick(const QString& nick);

    // Keys shared with panels that read them directly.
    static constexpr const char* kSoundKey = "notify/sound";
    static constexpr const char* kPopupKey = "notify/popup";
};

}  // namespace kefu
