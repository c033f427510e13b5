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
    // The live chat gateway (ws:// or wss://) and the login token it expects; an empty URL keeps the workbench in
    // offline mode. The token is kept like the other preferences, in the user's own settings file.
    static QString gatewayUrl();
    static void setGatewayUrl(const QString& url);
    static QString gatewayToken();
    static void setGatewayToken(const QString& token);

    // Keys shared with panels that read them directly.
    static constexpr const char* kSoundKey = "notify/sound";
    static constexpr const char* kPopupKey = "notify/popup";
    static constexpr const char* kGatewayUrlKey = "gateway/url";
    static constexpr const char* kGatewayTokenKey = "gateway/token";
};

}  // namespace kefu
