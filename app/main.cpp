#include "BackupCommand.h"
#include "BookSalvage.h"
#include "CheckCommand.h"
#include "CommandLine.h"
#include "Database.h"
#include "ExportCommand.h"
#include "FormImport.h"
#include "ImportCommand.h"
#include "InterfaceLanguage.h"
#include "MainWindow.h"
#include "MemoryTuning.h"
#include "ProgramStyle.h"
#include "QuietLog.h"
#include "QuitOnSignal.h"
#include "WindowSettings.h"

#include <QApplication>
#include <QTextStream>

namespace {
// --lang for this run, else the one chosen in Preferences, else the system's.
void applyLanguage(const fb::CommandLine &options) {
    QString language = options.language;
    if (language.isEmpty())
        language = fb::WindowSettings().language();
    if (language.isEmpty() || !fb::InterfaceLanguage::apply(language))
        fb::InterfaceLanguage::apply(fb::InterfaceLanguage::systemDefault());
}
} // namespace

int main(int argc, char *argv[]) {
    fb::tuneMemoryForResponsiveness();
    QApplication::setApplicationName(QStringLiteral("fieldbook"));
    QApplication::setApplicationVersion(QStringLiteral(FIELDBOOK_VERSION));
    // Parsed before the application object exists, so --help and --version need no display.
    const fb::CommandLine options = fb::CommandLine::parse(argc, argv);
    const QStringList languages = fb::InterfaceLanguage::available();
    if (!options.language.isEmpty() && !languages.contains(options.language)) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "fb::CommandLine", "Unknown language “%1”; choose one of: %2.")
                                   .arg(options.language, languages.join(u", "_qs))
                            << Qt::endl;
        return 2;
    }
    if (!options.importForm.isEmpty() || options.salvage || options.exportRecords.wanted ||
        options.importRecords.wanted || options.backup.wanted || options.restore.wanted ||
        options.check.wanted) {
        QCoreApplication app(argc, argv);
        applyLanguage(options);
        fb::hideLogUnlessDebugging();
        if (options.exportRecords.wanted)
            return fb::exportRecords(options.exportRecords, options.bookPath);
        if (options.importRecords.wanted)
            return fb::importRecords(options.importRecords, options.bookPath);
        if (options.backup.wanted)
            return fb::backupBook(options.bookPath, options.backup.dest);
        if (options.check.wanted)
            return fb::checkBook(options.bookPath, options.check.repair);
        if (options.restore.wanted)
            return fb::restoreBook(options.restore.backup, options.bookPath);
        return options.salvage ? fb::salvageBook(options.bookPath, options.salvageOut)
                               : fb::importForm(options.importForm, options.bookPath);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Fieldbook"));
    QApplication::setDesktopFileName(QStringLiteral("org.fieldbook.Fieldbook"));
    fb::ProgramStyle::install();
    applyLanguage(options);

    // No book named: the one used last, if it is still there, else the default book; none
    // if the person closed their book before quitting (the window then says what to do).
    const QString book =
        fb::WindowSettings().bookAtStart(options.bookPath, fb::CommandLine::defaultBookPath());

    fb::QuitOnSignal quitOnSignal;
    fb::MainWindow window;
    window.restoreLayout();
    window.show();
    // The window is up before the book opens; opening happens on the database thread.
    if (!book.isEmpty())
        window.openBook(fb::BookSpec::sqlite(book));
    return app.exec();
}
