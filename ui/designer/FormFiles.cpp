#include "FormFiles.h"

#include "FileDialogs.h"
#include "FormJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>

namespace fb::FormFiles {

namespace {
// Gives the free functions below a translation context of their own.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::FormFiles)
};
QString filter() {
    return Text::tr("Form files (*.json);;All files (*)");
}
} // namespace

bool importForm(QWidget *parent, const QList<FormDef> &bookForms, FormDef *form, QString *error) {
    const QString path =
        askOpenFile(parent, Text::tr("Import Form"), {}, filter(), u"importFormDialog"_qs);
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    DbError why;
    QByteArray json;
    if (!FormJson::readFile(file, &json, &why) ||
        !FormJson::fromJson(json, form, &why, bookForms)) {
        *error = why.message();
        return false;
    }
    return true;
}

bool exportForm(QWidget *parent, const FormDef &form, const QList<FormDef> &bookForms,
                QString *error) {
    const QString path = askSaveFile(parent, Text::tr("Export Form"), form.name + u".json"_qs,
                                     filter(), u"exportFormDialog"_qs);
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(FormJson::toJson(form, bookForms)) < 0) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace fb::FormFiles
