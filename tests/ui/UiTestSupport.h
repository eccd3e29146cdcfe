#pragma once

#include "TestSupport.h"

#include "MainWindow.h"

#include <QWidget>

#include <functional>

// Readable QStrings in test failures.
inline void PrintTo(const QString &text, std::ostream *os) {
    *os << '"' << text.toStdString() << '"';
}

namespace fb::test {

// A book on disk and, when asked, a main window on it. Settings go to a test location.
class UiTest : public BookTest {
protected:
    void SetUp() override;
    void TearDown() override;

    // Saves `n` records made by `make(i)`, waits for all of them.
    static void saveRecords(Database &db, qint64 formId, int n,
                            const std::function<QVariantMap(int)> &make);
    // A main window on bookPath() showing `form` (created if it has no id) with `n` records.
    MainWindow *openWindow(const FormDef &form, int records,
                           const std::function<QVariantMap(int)> &make = {});
    // The control of field `key` in the window's form, and typing over what it holds.
    QWidget *formField(const QString &key) const;
    void typeIntoField(const QString &key, const QString &text);

    FormDef m_form;
    std::unique_ptr<MainWindow> m_window;
};

// Waits for the next modal dialog and hands it to `act` (which should close it).
void whenModal(const std::function<void(QWidget *)> &act);
// Presses the button with `text` (e.g. "&Yes", "Save") in a modal message box.
void pressInModal(int standardButton);
// Shows and activates a window and waits for it.
void showActive(QWidget *window);

QVariantMap item(const QString &code, qlonglong count);

// Another person's Fieldbook on the same book: reads record `id`, applies `change` to its
// values and saves it, then closes.
void saveElsewhere(const BookSpec &spec, const FormDef &form, qint64 id,
                   const std::function<void(QVariantMap &)> &change);

// Alt keys bound twice in `window`: among its menu titles and the labels and buttons on show,
// and within each menu. Each entry names the key and the texts that share it.
QStringList duplicateMnemonics(QWidget *window);
// Texts shown cut off under `root`: an item of a visible combo box wider than its edit field,
// or a line edit's hint wider than the edit. Each entry names the control and the text.
QStringList clippedTexts(QWidget *root);
// Key sequences held twice by the actions of `window` (or twice by one action).
QStringList duplicateShortcuts(QWidget *window);

} // namespace fb::test
