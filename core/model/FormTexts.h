#pragma once

#include "DbError.h"
#include "FormDef.h"

namespace fb::FormTexts {

// A form's own texts (name, labels, help, choice names) in a language, falling back to the
// form's default-language texts where no translation is given. `language` is an ISO 639-1
// code such as "de"; the default is the interface language.
QString interfaceLanguage(); // QLocale()'s language, e.g. "de"

QString formName(const FormDef &form, const QString &language = interfaceLanguage());
QString label(const FieldDef &field, const QString &language = interfaceLanguage());
QString help(const FieldDef &field, const QString &language = interfaceLanguage());
// The display names of `field.choices`, in their order.
QStringList choices(const FieldDef &field, const QString &language = interfaceLanguage());
// The display name of a stored choice; a value the choices no longer offer is shown as it is.
QString choice(const FieldDef &field, const QString &value,
               const QString &language = interfaceLanguage());
// The stored choice a display name stands for (the name itself when it is none).
QString choiceValue(const FieldDef &field, const QString &name,
                    const QString &language = interfaceLanguage());

// Refuses per-language choice names that do not give one name for each choice.
DbError check(const FormDef &form);

} // namespace fb::FormTexts
