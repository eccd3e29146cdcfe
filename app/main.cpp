#include "CommandLine.h"
#include "Database.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("fieldbook"));
    QApplication::setApplicationVersion(QStringLiteral(FIELDBOOK_VERSION));
    // Parsed before the application object exists, so --help and --version need no display.
    const fb::CommandLine options = fb::CommandLine::parse(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Fieldbook"));
    QApplication::setDesktopFileName(QStringLiteral("org.fieldbook.Fieldbook"));

    fb::MainWindow window;
    window.show();
    // The window is up before the book opens; opening happens on the database thread.
    window.openBook(fb::BookSpec::sqlite(options.bookPath));
    return app.exec();
}
