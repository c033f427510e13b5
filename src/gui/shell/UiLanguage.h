#pragma once

#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace kefu {

// Loads the interface language into the application: the workbench's own translation (Chinese is the source
// language, so zh_CN needs none) and Qt's for its standard dialogs and buttons. Keep the object alive while the
// window lives; destroying it removes the translators.
class UiLanguage {
public:
    UiLanguage();
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

    // "zh_CN" or "en". False when the workbench's own translation for `language` cannot be loaded.
    bool install(const QString& language);
    const QString& language() const { return m_language; }

private:
    bool add(const QString& file, const QString& folder);

    QString m_language = QStringLiteral("zh_CN");
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

}  // namespace kefu
