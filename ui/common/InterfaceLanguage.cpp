#include "InterfaceLanguage.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace fb {

namespace {
// Owned by the application object, so they go with it; QPointer notices that.
QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;
QString currentCode = u"en"_qs;

// Installs `fileName` from `folder`, if it is there; a missing Qt catalogue leaves Qt's
// standard buttons in English rather than stopping the switch.
QTranslator *install(const QString &fileName, const QString &folder) {
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, folder)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}
} // namespace

QStringList InterfaceLanguage::available() {
    return {u"en"_qs, u"de"_qs, u"fr"_qs, u"es"_qs, u"ar"_qs};
}

QString InterfaceLanguage::systemDefault() {
    for (const QString &wanted : QLocale::system().uiLanguages()) {
        const QString code = wanted.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return u"en"_qs;
}

QString InterfaceLanguage::nativeName(const QString &code) {
    if (code == u"en")
        return u"English"_qs; // QLocale would say "American English"
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

bool InterfaceLanguage::apply(const QString &code) {
    if (!available().contains(code))
        return false;
    // The locale first: widgets that retranslate format numbers and dates with it.
    QLocale::setDefault(QLocale(code));
    delete ownTranslator;
    delete qtTranslator;
    // English keeps its plural forms ("1 record") in fieldbook_en.
    ownTranslator = install(u"fieldbook_"_qs + code, u":/i18n"_qs);
    if (code != u"en")
        qtTranslator =
            install(u"qtbase_"_qs + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    currentCode = code;
    // Installing and removing translators posts LanguageChange to every window.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) // not for --import-form
        QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    return true;
}

QString InterfaceLanguage::current() {
    return currentCode;
}

} // namespace fb
