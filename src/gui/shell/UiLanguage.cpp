#include "gui/shell/UiLanguage.h"

#include "logging/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kefu {

UiLanguage::UiLanguage() = default;

UiLanguage::~UiLanguage() {
    for (const auto& translator : m_translators) {
        QCoreApplication::removeTranslator(translator.get());
    }
}

bool UiLanguage::install(const QString& language) {
    m_language = language == "en"_L1 ? language : u"zh_CN"_s;
    QLocale::setDefault(QLocale(m_language));
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_language == "zh_CN"_L1) {
        // Qt's own dialogs (QMessageBox buttons, file dialogs) in Chinese too; without the package they stay English.
        add(u"qtbase_zh_CN"_s, qtFolder);
        return true;
    }
    return add(u"kefudesk_en"_s, u":/i18n"_s);
}

bool UiLanguage::add(const QString& file, const QString& folder) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, folder)) {
        log::warn("translation {} not found in {}", file, folder);
        return false;
    }
    QCoreApplication::installTranslator(translator.get());
    m_translators.push_back(std::move(translator));
    return true;
}

}  // namespace kefu
