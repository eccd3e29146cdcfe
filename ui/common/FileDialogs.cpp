#include "FileDialogs.h"

#include <QCoreApplication>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace fb {

namespace {

// Icons and types by name: a folder or a file, and the type its ending says.
class NameOnlyIcons : public QAbstractFileIconProvider {
public:
    QIcon icon(IconType type) const override { return m_icons.icon(type); }
    QIcon icon(const QFileInfo &info) const override {
        return m_icons.icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo &info) const override {
        if (info.isDir())
            return QCoreApplication::translate("fb::FileDialogs", "Folder");
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }

private:
    QFileIconProvider m_icons;
};

void readNames(QFileDialog *dialog) {
    auto *icons = new NameOnlyIcons;
    dialog->setIconProvider(icons);
    QObject::connect(dialog, &QObject::destroyed, [icons] { delete icons; });
}

QString ask(QFileDialog &dialog) {
    return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
               ? dialog.selectedFiles().front()
               : QString();
}

} // namespace

QFileDialog *fileDialog(QWidget *parent, const QString &title, const QString &name) {
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    readNames(dialog);
    return dialog;
}

QString askOpenFile(QWidget *parent, const QString &title, const QString &folder,
                    const QString &filter, const QString &name) {
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setObjectName(name);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    readNames(&dialog);
    return ask(dialog);
}

QString askSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                    const QString &filter, const QString &name, const QString &defaultSuffix) {
    QFileDialog dialog(parent, title, suggested, filter);
    if (!defaultSuffix.isEmpty())
        dialog.setDefaultSuffix(defaultSuffix);
    dialog.setObjectName(name);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    readNames(&dialog);
    return ask(dialog);
}

} // namespace fb
