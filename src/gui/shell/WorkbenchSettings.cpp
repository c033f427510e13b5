#include "gui/shell/WorkbenchSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
const QString kLanguageKey = u"ui/language"_s;
const QString kAgentKey = u"session/agentNick"_s;
}  // namespace

QString WorkbenchSettings::language() {
    const QString value = QSettings().value(kLanguageKey, u"zh_CN"_s).toString();
    return value == "en"_L1 ? value : u"zh_CN"_s;
}

void WorkbenchSettings::setLanguage(const QString& language) {
    QSettings().setValue(kLanguageKey, language == "en"_L1 ? language : u"zh_CN"_s);
}

bool WorkbenchSettings::soundAlerts() {
    return QSettings().value(QLatin1StringView(kSoundKey), true).toBool();
}

void WorkbenchSettings::setSoundAlerts(bool on) {
    QSettings().setValue(QLatin1StringView(kSoundKey), on);
}

bool WorkbenchSettings::popupAlerts() {
    return QSettings().value(QLatin1StringView(kPopupKey), true).toBool();
}

void WorkbenchSettings::setPopupAlerts(bool on) {
    QSettings().setValue(QLatin1StringView(kPopupKey), on);
}

QString WorkbenchSettings::lastAgentNick() {
    return QSettings().value(kAgentKey).toString();
}

void WorkbenchSettings::setLastAgentNick(const QString& nick) {
    QSettings().setValue(kAgentKey, nick);
}

QString WorkbenchSettings::gatewayUrl() {
    return QSettings().value(QLatin1StringView(kGatewayUrlKey)).toString().trimmed();
}

void WorkbenchSettings::setGatewayUrl(const QString& url) {
    QSettings().setValue(QLatin1StringView(kGatewayUrlKey), url.trimmed());
}

QString WorkbenchSettings::gatewayToken() {
    return QSettings().value(QLatin1StringView(kGatewayTokenKey)).toString();
}

void WorkbenchSettings::setGatewayToken(const QString& token) {
    QSettings().setValue(QLatin1StringView(kGatewayTokenKey), token);
}

}  // namespace kefu
