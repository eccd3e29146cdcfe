#pragma once

#include "FormDef.h"

class QWidget;

namespace fb {

// Form files (core/FormJson): asks for a file with a dialog, then reads or writes it. Both
// return false when the person cancels or the file cannot be used, saying why in `error`.
namespace FormFiles {
bool importForm(QWidget *parent, const QList<FormDef> &bookForms, FormDef *form, QString *error);
bool exportForm(QWidget *parent, const FormDef &form, const QList<FormDef> &bookForms,
                QString *error);
} // namespace FormFiles

} // namespace fb
