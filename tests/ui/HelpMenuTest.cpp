// Help → Keyboard Shortcuts lists the keys of the window's own actions, in the interface
// language, following a switch while it is open; Help → Handbook finds and shows the handbook.

#include "UiTestSupport.h"

#include "Handbook.h"
#include "HandbookDialog.h"
#include "InterfaceLanguage.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace fb;
using namespace fb::test;

namespace {

class HelpMenuTest : public UiTest {
protected:
    void TearDown() override {
        InterfaceLanguage::apply(u"en"_qs);
        UiTest::TearDown();
    }
    static QString actionText(const char *source, const char *disambiguation = nullptr) {
        return ShortcutsDialog::plainText(
            QCoreApplication::translate("fb::MainActions", source, disambiguation));
    }
};

} // namespace

TEST_F(HelpMenuTest, PlainTextDropsTheMnemonicAndTheEllipsis) {
    EXPECT_EQ(ShortcutsDialog::plainText(u"&Open Book…"_qs), u"Open Book"_qs);
    EXPECT_EQ(ShortcutsDialog::plainText(u"Save && &Close"_qs), u"Save & Close"_qs);
    EXPECT_EQ(ShortcutsDialog::plainText(u"Ne&xt"_qs), u"Next"_qs);
}

TEST_F(HelpMenuTest, TheShortcutsListShowsEveryKeyAndFollowsALanguageSwitch) {
    MainWindow *w = openWindow(simpleForm(), 1);
    w->actions()->shortcuts->trigger();
    ShortcutsDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = w->findChild<ShortcutsDialog *>()); }));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_EQ(dialog->keysOf(u"Save"_qs), u"Ctrl+S"_qs);
    EXPECT_TRUE(dialog->keysOf(u"Redo"_qs).split(u", "_qs).contains(u"Ctrl+Shift+Z"_qs))
        << dialog->keysOf(u"Redo"_qs).toStdString();
    EXPECT_EQ(dialog->keysOf(u"Close Book"_qs), u"Ctrl+W"_qs);
    EXPECT_EQ(dialog->keysOf(u"Previous"_qs), u"PgUp, Alt+Left"_qs);
    // The keys of no menu too: the table's.
    EXPECT_EQ(dialog->keysOf(u"Edit the selected cell"_qs), u"F2"_qs);
    // Every text shows whole.
    QTreeWidget *list = dialog->list();
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem *item = group->child(i);
            const QRect room = list->visualItemRect(item);
            EXPECT_LE(list->fontMetrics().horizontalAdvance(item->text(0)) + list->indentation(),
                      list->header()->sectionSize(0))
                << item->text(0).toStdString();
            EXPECT_LE(room.right(), list->viewport()->width()) << item->text(0).toStdString();
        }
    }

    // Every action of the menus that has a key is listed, once.
    QStringList listed;
    for (int g = 0; g < dialog->list()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = dialog->list()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (const QString name = group->child(i)->data(0, Qt::UserRole).toString();
                !name.isEmpty())
                listed << name;
    }
    int withKeys = 0;
    for (QMenu *menu : w->actions()->menus()) {
        for (QAction *action : menu->actions()) {
            if (action->shortcuts().isEmpty())
                continue;
            ++withKeys;
            EXPECT_EQ(listed.count(action->objectName()), 1) << action->objectName().toStdString();
        }
    }
    EXPECT_EQ(listed.size(), withKeys);
    EXPECT_GE(withKeys, 15);

    // A switch while it is open renames every action, menu titles included.
    ASSERT_TRUE(InterfaceLanguage::apply(u"de"_qs));
    const QString save = actionText("&Save");
    const QString file =
        ShortcutsDialog::plainText(QCoreApplication::translate("fb::MainActions", "&File"));
    ASSERT_NE(save, u"Save"_qs) << "German has no translation for Save";
    ASSERT_TRUE(waitUntil([&] { return !dialog->keysOf(save).isEmpty(); }));
    EXPECT_TRUE(dialog->keysOf(u"Save"_qs).isEmpty());
    EXPECT_EQ(dialog->list()->topLevelItem(0)->text(0), file);
    EXPECT_EQ(
        dialog->keysOf(save),
        QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)); // "Strg+S" in German

    ASSERT_TRUE(InterfaceLanguage::apply(u"en"_qs));
    ASSERT_TRUE(waitUntil([&] { return dialog->keysOf(u"Save"_qs) == u"Ctrl+S"_qs; }));
    EXPECT_EQ(dialog->list()->topLevelItem(0)->text(0), u"File"_qs);

    // Asked again, the same dialog comes to the front.
    w->actions()->shortcuts->trigger();
    EXPECT_EQ(w->findChildren<ShortcutsDialog *>().size(), 1);
}

TEST_F(HelpMenuTest, F1OpensTheHandbookFoundBesideTheProgram) {
    const QString path = Handbook::indexPath();
    ASSERT_FALSE(path.isEmpty()) << "handbook not found from "
                                 << QCoreApplication::applicationDirPath().toStdString();
    EXPECT_TRUE(path.endsWith(u"share/fieldbook/handbook/index.html"_qs)) << path.toStdString();
    EXPECT_TRUE(QFileInfo(path).isFile());

    MainWindow *w = openWindow(simpleForm(), 0);
    QTest::keyClick(w, Qt::Key_F1);
    HandbookDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = w->findChild<HandbookDialog *>()); }));
    EXPECT_TRUE(dialog->isVisible());
    const QString text = dialog->browser()->toPlainText();
    for (const QString &section :
         {u"First steps"_qs, u"Forms and the designer"_qs, u"The trash and undo"_qs,
          u"Team books on PostgreSQL"_qs, u"Languages"_qs, u"The command line"_qs})
        EXPECT_TRUE(text.contains(section)) << section.toStdString();
    EXPECT_EQ(dialog->windowTitle(), u"Fieldbook Handbook"_qs);
}

// The handbook is written in every shipped language, and the open handbook follows a switch.
TEST_F(HelpMenuTest, TheHandbookFollowsTheInterfaceLanguage) {
    MainWindow *w = openWindow(simpleForm(), 0);
    QTest::keyClick(w, Qt::Key_F1);
    HandbookDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = w->findChild<HandbookDialog *>()); }));
    // The first heading in each language, as its page has it.
    const QMap<QString, QString> firstSteps{{u"de"_qs, u"Erste Schritte"_qs},
                                            {u"fr"_qs, u"Premiers pas"_qs},
                                            {u"es"_qs, u"Primeros pasos"_qs},
                                            {u"ar"_qs, u"الخطوات الأولى"_qs},
                                            {u"en"_qs, u"First steps"_qs}};
    for (const QString &code : InterfaceLanguage::available())
        EXPECT_TRUE(firstSteps.contains(code)) << "no handbook test for " << code.toStdString();
    for (const QString &code : {u"de"_qs, u"fr"_qs, u"es"_qs, u"ar"_qs, u"en"_qs}) {
        ASSERT_TRUE(InterfaceLanguage::apply(code));
        const QString page = code == u"en"_qs ? u"index.html"_qs : u"index.%1.html"_qs.arg(code);
        EXPECT_TRUE(waitUntil([&] { return dialog->browser()->source().fileName() == page; }))
            << code.toStdString() << ": " << dialog->browser()->source().toString().toStdString();
        EXPECT_TRUE(dialog->browser()->toPlainText().contains(firstSteps.value(code)))
            << code.toStdString();
    }
}
