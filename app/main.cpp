#include "CommandLine.h"
#include "Database.h"
#include "FormImport.h"
#include "InterfaceLanguage.h"
#include "MainWindow.h"
#include "MemoryTuning.h"
#include "QuitOnSignal.h"
#include "WindowSettings.h"

#include <QApplication>
#include <QFileInfo>
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
    if (!options.importForm.isEmpty()) {
        QCoreApplication app(argc, argv);
        applyLanguage(options);
        return fb::importForm(options.importForm, options.bookPath);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Fieldbook"));
    QApplication::setDesktopFileName(QStringLiteral("org.fieldbook.Fieldbook"));
    applyLanguage(options);

    // No book named: the one used last, if it is still there, else the default book.
    QString book = options.bookPath;
    const QString last = fb::WindowSettings().lastBook();
    if (book == fb::CommandLine::defaultBookPath() && !last.isEmpty() && QFileInfo::exists(last))
        book = last;

    fb::QuitOnSignal quitOnSignal;
    fb::MainWindow window;
    window.restoreLayout();
    window.show();
    // The window is up before the book opens; opening happens on the database thread.
    window.openBook(fb::BookSpec::sqlite(book));
    return app.exec();
}
