#include "FileDialogs.h"

namespace fb {

QFileDialog *fileDialog(QWidget *parent, const QString &title, const QString &name) {
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    return dialog;
}

} // namespace fb
