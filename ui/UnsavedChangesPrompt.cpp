#include "UnsavedChangesPrompt.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace fb::UnsavedChangesPrompt {

Answer ask(QWidget *parent) {
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("fb::UnsavedChangesPrompt", "Unsaved changes"),
                    QCoreApplication::translate("fb::UnsavedChangesPrompt",
                                                "This record has changes that are not saved yet."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(u"unsavedChangesPrompt"_qs);
    box.setInformativeText(
        QCoreApplication::translate("fb::UnsavedChangesPrompt", "Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Cancel;
    }
}

} // namespace fb::UnsavedChangesPrompt
