// Preferences → Language: the whole window and its dialogs follow at once, in every language
// Fieldbook ships, with Qt's own buttons too; Arabic turns the layout right to left.

#include "UiTestSupport.h"

#include "FieldEditor.h"
#include "InterfaceLanguage.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "RecordForm.h"
#include "WindowSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

// Every text a person can see or hover, by the object and the property that shows it.
using Texts = QMap<QPair<const QObject *, QString>, QString>;

void addActions(const QList<QAction *> &actions, Texts &texts) {
    for (QAction *action : actions) {
        texts[{action, u"text"_qs}] = action->text();
        texts[{action, u"toolTip"_qs}] = action->toolTip();
        if (action->menu())
            addActions(action->menu()->actions(), texts);
    }
}

void addWidget(QWidget *w, Texts &texts) {
    if (!w->isVisible())
        return;
    if (w->isWindow())
        texts[{w, u"windowTitle"_qs}] = w->windowTitle();
    if (!w->toolTip().isEmpty())
        texts[{w, u"toolTip"_qs}] = w->toolTip();
    if (auto *label = qobject_cast<QLabel *>(w))
        texts[{w, u"text"_qs}] = label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        texts[{w, u"text"_qs}] = button->text();
    if (auto *box = qobject_cast<QGroupBox *>(w))
        texts[{w, u"title"_qs}] = box->title();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        texts[{w, u"placeholderText"_qs}] = edit->placeholderText();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        for (int i = 0; i < combo->count(); ++i)
            texts[{w, u"item"_qs + QString::number(i)}] = combo->itemText(i);
    if (auto *bar = qobject_cast<QMenuBar *>(w))
        addActions(bar->actions(), texts);
    for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        addWidget(child, texts);
}

Texts visibleTexts() {
    Texts texts;
    for (QWidget *top : QApplication::topLevelWidgets())
        addWidget(top, texts);
    return texts;
}

// What may stay as it is in any language: names, numbers and signs.
bool onlyNames(QString text, const QStringList &names) {
    text.remove(u'&');
    text.remove(QRegularExpression(u"<[^>]*>"_qs)); // rich text markup
    for (const QString &name : names)
        text.remove(name);
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

class LanguageTest : public UiTest {
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
    // The window with its dialogs open: preferences, the trash and the form designer.
    void openEverything() {
        MainWindow *w = openWindow(simpleForm(), 3);
        w->actions()->preferences->trigger();
        w->actions()->showTrash->trigger();
        w->actions()->designForm->trigger();
        waitUntil([] { return QApplication::topLevelWidgets().size() >= 4; });
        QCoreApplication::processEvents();
    }
    QStringList names() const {
        QStringList names{u"Fieldbook"_qs,
                          u"Qt"_qs,
                          m_form.name,
                          u"Code"_qs,
                          u"Count"_qs,
                          bookPath(),
                          QFileInfo(bookPath()).fileName(),
                          QFileInfo(bookPath()).completeBaseName()};
        for (const QString &code : InterfaceLanguage::available())
            names.append(InterfaceLanguage::nativeName(code)); // each language by its own name
        return names;
    }
};

// A text still in English after a switch has not been retranslated, unless it is a name or
// a word that language shares with English ("Text", "Name" in German): Arabic shares none,
// so a text that also stayed in Arabic was missed.
TEST_F(LanguageTest, EveryLanguageRetranslatesTheWholeWindowAndItsDialogs) {
    openEverything();
    const Texts english = visibleTexts();
    ASSERT_GT(english.size(), 100); // menus, actions, the form, three dialogs
    QMap<QString, Texts> texts;
    for (const QString &code : {u"ar"_qs, u"de"_qs, u"fr"_qs, u"es"_qs}) {
        switchTo(code);
        texts[code] = visibleTexts();
        switchTo(u"en"_qs);
        const Texts back = visibleTexts();
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            if (back.contains(it.key())) { // Recent Books is rebuilt, with new actions
                EXPECT_EQ(back.value(it.key()), it.value()) << "back from " << code.toStdString();
            }
    }
    for (auto language = texts.cbegin(); language != texts.cend(); ++language) {
        int compared = 0;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (!language->contains(it.key()) || !texts[u"ar"_qs].contains(it.key()))
                continue;
            ++compared;
            const bool stayed = language->value(it.key()) == it.value() &&
                                texts[u"ar"_qs].value(it.key()) == it.value();
            if (stayed && !onlyNames(it.value(), names()))
                ADD_FAILURE() << language.key().toStdString() << ": "
                              << it.key().first->metaObject()->className() << " "
                              << it.key().first->objectName().toStdString() << " "
                              << it.key().second.toStdString() << " still says \""
                              << it.value().toStdString() << '"';
        }
        EXPECT_GT(compared, english.size() * 9 / 10) << language.key().toStdString();
    }
}

TEST_F(LanguageTest, ArabicLaysTheWindowOutRightToLeft) {
    openEverything();
    EXPECT_EQ(m_window->layoutDirection(), Qt::LeftToRight);
    const auto picture = [](QAction *a) { return a->icon().pixmap(16).toImage(); };
    MainActions *a = m_window->actions();
    const QImage nextLeftToRight = picture(a->next);
    const QImage previousLeftToRight = picture(a->previous);
    ASSERT_NE(nextLeftToRight, previousLeftToRight);
    switchTo(u"ar"_qs);
    // The arrows point the way the layout reads: the previous record is to the right.
    EXPECT_EQ(picture(a->previous), nextLeftToRight);
    EXPECT_EQ(picture(a->next), previousLeftToRight);
    EXPECT_TRUE(QApplication::isRightToLeft());
    for (QWidget *top : QApplication::topLevelWidgets())
        EXPECT_EQ(top->layoutDirection(), Qt::RightToLeft) << top->metaObject()->className();
    // Numbers follow the language too.
    EXPECT_EQ(QLocale().toString(1234), QLocale(u"ar"_qs).toString(1234));
    switchTo(u"de"_qs);
    EXPECT_EQ(m_window->layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_qs);
}

TEST_F(LanguageTest, ThePreferencesChoiceTakesEffectAtOnceAndIsRemembered) {
    MainWindow *w = openWindow(simpleForm(), 1);
    w->actions()->preferences->trigger();
    auto *dialog = w->findChild<QDialog *>(u"preferences"_qs);
    ASSERT_TRUE(dialog);
    showActive(dialog);
    auto *combo = dialog->findChild<QComboBox *>(u"language"_qs);
    combo->setFocus();
    // Keyboard only: down to "Français", as a person would pick it.
    const int french = combo->findData(u"fr"_qs);
    while (combo->currentIndex() != french)
        QTest::keyClick(combo, Qt::Key_Down);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(InterfaceLanguage::current(), u"fr"_qs);
    EXPECT_EQ(WindowSettings().language(), u"fr"_qs);
    const QString file = w->menuBar()->actions().front()->text();
    EXPECT_EQ(file, QCoreApplication::translate("fb::MainActions", "&File"));
    EXPECT_NE(file, u"&File"_qs);
    EXPECT_EQ(dialog->windowTitle(),
              QCoreApplication::translate("fb::PreferencesDialog", "Preferences"));
    EXPECT_NE(dialog->windowTitle(), u"Preferences"_qs);
}

// A language in use that is not the system's (fieldbook --lang de) is the one Preferences
// shows, not "System language".
TEST_F(LanguageTest, ThePreferencesShowTheLanguageInUse) {
    MainWindow *w = openWindow(simpleForm(), 1);
    ASSERT_TRUE(WindowSettings().language().isEmpty());
    const QString other = InterfaceLanguage::systemDefault() == u"de"_qs ? u"fr"_qs : u"de"_qs;
    switchTo(other);
    w->actions()->preferences->trigger();
    auto *dialog = w->findChild<QDialog *>(u"preferences"_qs);
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->findChild<QComboBox *>(u"language"_qs)->currentData().toString(), other);
}

// Preferences open while the language goes from Arabic to English: the longer English texts
// show whole (the dialog was sized for the Arabic ones).
TEST_F(LanguageTest, ThePreferencesShowTheirTextsWholeAfterASwitch) {
    MainWindow *w = openWindow(simpleForm(), 1);
    switchTo(u"ar"_qs);
    w->actions()->preferences->trigger();
    auto *dialog = w->findChild<QDialog *>(u"preferences"_qs);
    ASSERT_TRUE(dialog);
    showActive(dialog);
    for (const QString &code : {u"en"_qs, u"de"_qs, u"ar"_qs, u"fr"_qs, u"es"_qs}) {
        switchTo(code);
        const auto cut = [&] {
            QStringList found = clippedTexts(dialog);
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                                     : label->sizeHint().height();
                if (label->isVisible() && label->height() < needed)
                    found << u"%1 is %2 high of %3"_qs.arg(label->text())
                                 .arg(label->height())
                                 .arg(needed);
            }
            return found;
        };
        EXPECT_TRUE(waitUntil([&] { return cut().isEmpty(); }))
            << code.toStdString() << ": " << cut().join(u"; "_qs).toStdString();
    }
}

// A message still on show when the language changes is shown again in the new language.
TEST_F(LanguageTest, TheStatusMessageOnShowFollowsTheSwitch) {
    MainWindow *w = openWindow(simpleForm(), 0);
    QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
    QWidget *code = w->recordForm()->editor(u"code"_qs)->focusTarget();
    code->setFocus();
    QTest::keyClicks(code, u"A1"_qs);
    QTest::keyClick(code, Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return w->statusBar()->currentMessage() == u"Saved."_qs; }));
    switchTo(u"de"_qs);
    const QString german = QCoreApplication::translate("fb::RecordController", "Saved.");
    EXPECT_NE(german, u"Saved."_qs);
    EXPECT_EQ(w->statusBar()->currentMessage(), german);
}

TEST_F(LanguageTest, OnlyLanguagesFieldbookSpeaksCanBeChosen) {
    EXPECT_FALSE(InterfaceLanguage::apply(u"xx"_qs));
    EXPECT_EQ(InterfaceLanguage::current(), u"en"_qs);
    EXPECT_TRUE(InterfaceLanguage::available().contains(InterfaceLanguage::systemDefault()));
}

} // namespace
