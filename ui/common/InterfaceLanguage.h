#pragma once

#include <QString>
#include <QStringList>

namespace fb {

// The language of the whole interface: Fieldbook's own translations (built in under :/i18n),
// Qt's (standard buttons and dialogs, from Debian's qt6-translations-l10n), the locale used
// for numbers and dates, and the layout direction. Switching sends every widget a
// LanguageChange event, so the interface follows at once, without a restart.
class InterfaceLanguage {
public:
    // The languages Fieldbook speaks, as two-letter codes; English first.
    static QStringList available();
    // The first of the system's preferred languages that Fieldbook speaks, else English.
    static QString systemDefault();
    // A language's name in that language ("Deutsch"), for the language chooser.
    static QString nativeName(const QString &code);
    // Switches to `code`; false (and nothing changes) if Fieldbook does not speak it.
    static bool apply(const QString &code);
    static QString current();
};

} // namespace fb
