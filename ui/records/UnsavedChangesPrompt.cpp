#include "UnsavedChangesPrompt.h"

#include "DialogAnswer.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace fb::UnsavedChangesPrompt {

QFuture<Answer> ask(QWidget *parent) {
    auto *box = new QMessageBox(
        QMessageBox::Question,
        QCoreApplication::translate("fb::UnsavedChangesPrompt", "Unsaved changes"),
        QCoreApplication::translate("fb::UnsavedChangesPrompt",
                                    "This record has changes that are not saved yet."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setObjectName(u"unsavedChangesPrompt"_qs);
    box->setInformativeText(
        QCoreApplication::translate("fb::UnsavedChangesPrompt", "Save them before going on?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    return openForAnswer(
        box,
        [box](int) {
            // The button, not the result code: closing the window is Cancel too.
            switch (box->standardButton(box->clickedButton())) {
            case QMessageBox::Save:
                return Answer::Save;
            case QMessageBox::Discard:
                return Answer::Discard;
            default:
                return Answer::Cancel;
            }
        },
        Answer::Cancel);
}

} // namespace fb::UnsavedChangesPrompt
