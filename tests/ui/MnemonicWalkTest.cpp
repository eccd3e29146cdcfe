// Alt+letter reaches one control: in the main window and in every dialog it opens, in every
// shipped language, no two visible labels, buttons, group boxes or menu titles share a mnemonic,
// nor two items of one menu; and every input control in a dialog is named, by a buddy label with
// a mnemonic or by its own accessible name, so a person can reach it and a screen reader say it.

#include "UiTestSupport.h"

#include "ConflictDialog.h"
#include "ExportDialog.h"
#include "FormDesignerDialog.h"
#include "Handbook.h"
#include "HandbookDialog.h"
#include "ImportDialog.h"
#include "InterfaceLanguage.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "RecordController.h"
#include "ServerDialog.h"
#include "ShortcutsDialog.h"
#include "TrashDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace fb;
using namespace fb::test;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null if none.
QChar mnemonic(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Finds texts sharing a mnemonic; `where` names the window or menu in the messages.
class Clashes {
public:
    explicit Clashes(QString where)
        : m_where(std::move(where)) {}
    void add(const QString &text) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            return;
        if (m_seen.contains(letter))
            m_found.append(u"%1: '%2' in \"%3\" and \"%4\""_qs.arg(m_where, letter,
                                                                   m_seen.value(letter), text));
        else
            m_seen.insert(letter, text);
    }
    QStringList found() const { return m_found; }

private:
    QString m_where;
    QMap<QChar, QString> m_seen;
    QStringList m_found;
};

// Widgets shown in `window` itself, not in a dialog parented to it.
QList<QWidget *> shownIn(QWidget *window) {
    QList<QWidget *> shown;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (w->window() == window && w->isVisible())
            shown.append(w);
    return shown;
}

QString windowName(QWidget *window, const QString &language) {
    return u"%1 \"%2\" (%3)"_qs.arg(QString::fromLatin1(window->metaObject()->className()),
                                    window->windowTitle(), language);
}

// Mnemonic clashes among the window's labels with buddies, buttons, group boxes and the menu
// bar's menus (Alt+letter reaches any of them).
QStringList windowClashes(QWidget *window, const QString &language) {
    Clashes clashes(windowName(window, language));
    for (QWidget *w : shownIn(window)) {
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            clashes.add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            clashes.add(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            clashes.add(box->title());
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *menu : bar->actions())
                if (menu->isVisible())
                    clashes.add(menu->text());
    }
    return clashes.found();
}

void addMenuClashes(QMenu *menu, const QString &where, QStringList &found) {
    const QString name = where + u" > "_qs + menu->title();
    Clashes clashes(name);
    for (QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        clashes.add(action->text());
        if (action->menu())
            addMenuClashes(action->menu(), name, found);
    }
    found.append(clashes.found());
}

QStringList menuClashes(QMainWindow *window, const QString &language) {
    QStringList found;
    for (QAction *top : window->menuBar()->actions())
        if (top->menu())
            addMenuClashes(top->menu(), u"(%1) menu"_qs.arg(language), found);
    return found;
}

// Buttons of a window (tool bar buttons included) that read alike, '&' aside: two controls a
// person cannot tell apart, such as Revert and the filter's Clear both called "Zurücksetzen".
QStringList sameTexts(QWidget *window, const QString &language) {
    QMap<QString, QString> seen; // the text read, by the first button showing it
    QStringList found;
    for (QWidget *w : shownIn(window)) {
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (!button)
            continue;
        const QString read = ShortcutsDialog::plainText(button->text()); // as a person reads it
        if (read.isEmpty())
            continue;
        if (seen.contains(read))
            found.append(u"%1: \"%2\" on %3 and %4"_qs.arg(windowName(window, language), read,
                                                           seen.value(read), w->objectName()));
        else
            seen.insert(read, w->objectName());
    }
    return found;
}

bool isInput(QWidget *w) {
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
           qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w);
}

// Visible, enabled input controls of a dialog that no label with a mnemonic names and that have
// no accessible name of their own. Parts of another control (a combo box's line edit) are the
// control's.
QStringList unnamedInputs(QWidget *window, const QString &language) {
    QSet<const QWidget *> labelled;
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy() && label->isVisible() && !mnemonic(label->text()).isNull())
            labelled.insert(label->buddy());
    QStringList found;
    for (QWidget *w : shownIn(window)) {
        if (!isInput(w) || !w->isEnabled())
            continue;
        bool part = false;
        for (QWidget *up = w->parentWidget(); up && up != window; up = up->parentWidget())
            part = part || isInput(up);
        if (part || labelled.contains(w) || !w->accessibleName().isEmpty())
            continue;
        found.append(u"%1: %2 \"%3\" has no label with a mnemonic and no accessible name"_qs.arg(
            windowName(window, language), QString::fromLatin1(w->metaObject()->className()),
            w->objectName()));
    }
    return found;
}

class MnemonicWalkTest : public UiTest {
protected:
    void TearDown() override {
        InterfaceLanguage::apply(u"en"_qs);
        UiTest::TearDown();
    }
    void switchTo(const QString &code) {
        ASSERT_TRUE(InterfaceLanguage::apply(code));
        QCoreApplication::processEvents(); // the posted LanguageChange events
        QCoreApplication::processEvents();
    }
    // Shows `dialog` in each of `languages` and checks it; a dialog is made once, as a person
    // sees it switch language while open.
    void checkDialog(QDialog *dialog,
                     const QStringList &languages = InterfaceLanguage::available()) {
        showActive(dialog);
        for (const QString &code : languages) {
            switchTo(code);
            for (const QString &clash : windowClashes(dialog, code))
                ADD_FAILURE() << clash.toStdString();
            for (const QString &unnamed : unnamedInputs(dialog, code))
                ADD_FAILURE() << unnamed.toStdString();
        }
        dialog->close();
    }
    MainWindow *window() { return openWindow(simpleForm(), 3); }
    static QStringList translations() {
        QStringList codes = InterfaceLanguage::available();
        codes.removeAll(u"en"_qs);
        return codes;
    }
};

} // namespace

// The checks themselves find what they look for.
TEST_F(MnemonicWalkTest, TheChecksFindAClashAndAnUnnamedInput) {
    EXPECT_EQ(mnemonic(u"Save && &Close"_qs), u'c');
    EXPECT_TRUE(mnemonic(u"R&&D"_qs).isNull());
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QPushButton(u"&Open"_qs));
    layout->addWidget(new QPushButton(u"&OK"_qs));
    auto *label = new QLabel(u"&Name:"_qs);
    auto *named = new QLineEdit;
    label->setBuddy(named);
    layout->addWidget(label);
    layout->addWidget(named);
    auto *unnamed = new QLineEdit;
    unnamed->setObjectName(u"unnamed"_qs);
    layout->addWidget(unnamed);
    showActive(&dialog);
    const QStringList clashes = windowClashes(&dialog, u"en"_qs);
    ASSERT_EQ(clashes.size(), 1);
    EXPECT_TRUE(clashes.front().contains(u"\"&Open\" and \"&OK\""_qs))
        << clashes.front().toStdString();
    const QStringList unnamedOnes = unnamedInputs(&dialog, u"en"_qs);
    ASSERT_EQ(unnamedOnes.size(), 1);
    EXPECT_TRUE(unnamedOnes.front().contains(u"unnamed"_qs));
    unnamed->setAccessibleName(u"Remarks"_qs);
    EXPECT_TRUE(unnamedInputs(&dialog, u"en"_qs).isEmpty());
}

TEST_F(MnemonicWalkTest, TheDesignerOfANewFormInEnglish) {
    MainWindow *w = window();
    auto *d = new FormDesignerDialog(w->database(), FormDef{}, w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d, {u"en"_qs});
}

TEST_F(MnemonicWalkTest, TheDesignerOfAnExistingFormInEnglish) {
    MainWindow *w = window();
    auto *d = new FormDesignerDialog(w->database(), w->controller()->form(), w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d, {u"en"_qs});
}

// The designer in every shipped language: each Alt key reaches one control.
TEST_F(MnemonicWalkTest, TheDesignersInTranslations) {
    MainWindow *w = window();
    auto *d = new FormDesignerDialog(w->database(), FormDef{}, w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d, translations());
    d = new FormDesignerDialog(w->database(), w->controller()->form(), w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d, translations());
}

TEST_F(MnemonicWalkTest, Preferences) {
    MainWindow *w = window();
    auto *d = new PreferencesDialog(w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d);
}

TEST_F(MnemonicWalkTest, KeyboardShortcuts) {
    MainWindow *w = window();
    auto *d = new ShortcutsDialog(w->actions()->menus(), w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d);
}

TEST_F(MnemonicWalkTest, TheHandbook) {
    MainWindow *w = window();
    auto *d = new HandbookDialog(Handbook::indexPath(), w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d);
}

TEST_F(MnemonicWalkTest, TheTrash) {
    MainWindow *w = window();
    auto *d = new TrashDialog(w->database(), w->controller()->form(), w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d);
}

TEST_F(MnemonicWalkTest, ImportAndExport) {
    MainWindow *w = window();
    const QString path = m_dir.filePath(u"items.csv"_qs);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code;count;notes\nc1;1;x\n");
    file.close();
    auto *import = new ImportDialog(w->controller()->form(), path, w);
    import->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(import);
    auto *exporting = new ExportDialog(w->controller()->form(), 3, true, {}, w);
    exporting->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(exporting);
}

TEST_F(MnemonicWalkTest, ConnectToServer) {
    MainWindow *w = window();
    auto *d = new ServerDialog(w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d);
}

TEST_F(MnemonicWalkTest, AConflict) {
    MainWindow *w = window();
    const QVariantMap before = item(u"c0"_qs, 0);
    auto *d = new ConflictDialog(w->controller()->form(), before, item(u"mine"_qs, 1),
                                 item(u"theirs"_qs, 2), w);
    d->setAttribute(Qt::WA_DeleteOnClose);
    checkDialog(d);
}

// The menus, the form list and the filter bar each take their own Alt key, in every language,
// and no two of the window's buttons read alike.
TEST_F(MnemonicWalkTest, TheMainWindow) {
    MainWindow *w = window();
    for (const QString &code : InterfaceLanguage::available()) {
        switchTo(code);
        for (const QString &clash : windowClashes(w, code) + sameTexts(w, code))
            ADD_FAILURE() << clash.toStdString();
    }
}

TEST_F(MnemonicWalkTest, TheMenus) {
    MainWindow *w = window();
    for (const QString &code : InterfaceLanguage::available()) {
        switchTo(code);
        for (const QString &clash : menuClashes(w, code))
            ADD_FAILURE() << clash.toStdString();
    }
}
