// Editing a cell of the record table from the keyboard: the form's editors and rules, Enter
// saves (read back through the facade), Esc reverts, an invalid value is refused, Tab goes on
// to the next cell, Undo takes a cell edit back, and a read-only book offers no editing.

#include "UiTestSupport.h"

#include "DisplayText.h"
#include "FieldEditor.h"
#include "InterfaceLanguage.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordCellDelegate.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "RecordTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace fb;
using namespace fb::test;

namespace {

// A text, a number, a date, a choice, a yes/no and a long text.
FormDef cellForm() {
    FormDef form;
    form.name = u"Items"_qs;
    FieldDef code = plainField(u"Code"_qs, FieldType::Text);
    code.required = true;
    code.unique = true;
    FieldDef count = plainField(u"Count"_qs, FieldType::Integer);
    count.minimum = 0;
    count.maximum = 1000000;
    FieldDef colour = plainField(u"Colour"_qs, FieldType::Choice);
    colour.choices = {u"red"_qs, u"green"_qs, u"blue"_qs};
    form.fields = {code,
                   count,
                   plainField(u"Day"_qs, FieldType::Date),
                   colour,
                   plainField(u"Done"_qs, FieldType::Bool),
                   plainField(u"Notes"_qs, FieldType::LongText)};
    return form;
}

QVariantMap cellRecord(int i) {
    return {{u"code"_qs, u"c%1"_qs.arg(i)},
            {u"count"_qs, qlonglong(i)},
            {u"day"_qs, QDate(2025, 1, 1 + i)},
            {u"colour"_qs, u"red"_qs},
            {u"done"_qs, false},
            {u"notes"_qs, u"first line\nsecond line"_qs}};
}

FieldEditor *editorOf(QWidget *w) {
    for (; w; w = w->parentWidget()) {
        if (auto *editor = qobject_cast<FieldEditor *>(w))
            return editor;
    }
    return nullptr;
}

class CellEditTest : public UiTest {
protected:
    void TearDown() override {
        InterfaceLanguage::apply(u"en"_qs);
        UiTest::TearDown();
    }
    MainWindow *open(int records = 3) { return openWindow(cellForm(), records, cellRecord); }
    MainWindow *w() const { return m_window.get(); }
    RecordTableModel *model() const { return w()->browser()->model(); }
    QTableView *table() const { return w()->browser()->table(); }
    int column(const QString &key) const {
        for (int i = 0; i < m_form.fields.size(); ++i) {
            if (m_form.fields.at(i).key == key)
                return i;
        }
        ADD_FAILURE() << "no field " << key.toStdString();
        return 0;
    }
    QModelIndex cell(int row, const QString &key) const { return model()->index(row, column(key)); }
    bool idle() const { return w()->database()->pendingWrites() == 0; }
    // The cell editor that has the keyboard, if one does.
    FieldEditor *cellEditor() const {
        FieldEditor *editor = editorOf(QApplication::focusWidget());
        return editor && table()->isAncestorOf(editor) ? editor : nullptr;
    }
    // Makes the cell current in the table, which has the focus.
    void goTo(int row, const QString &key) {
        table()->setFocus();
        table()->setCurrentIndex(cell(row, key));
        ASSERT_TRUE(waitUntil(
            [&] { return table()->hasFocus() && w()->controller()->currentRow() == row; }));
    }
    // F2 on the cell: its editor opens with the keyboard.
    FieldEditor *startEditing(int row, const QString &key) {
        goTo(row, key);
        QTest::keyClick(table(), Qt::Key_F2);
        EXPECT_TRUE(waitUntil([&] { return cellEditor() != nullptr; }));
        return cellEditor();
    }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : w();
        QTest::keyClick(target, Qt::Key(k), mods);
    }
    void typeOver(const QString &text) {
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        ASSERT_NE(line, nullptr);
        line->selectAll();
        QTest::keyClicks(line, text);
    }
    // The record as the book has it now, read through the facade.
    QVariant stored(int row, const QString &key) {
        const qint64 id =
            model()->data(cell(row, key), RecordTableModel::RecordIdRole).toLongLong();
        const Reply<Record> reply = await(w()->database()->fetchRecord(m_form, id));
        EXPECT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
        return reply.value.values.value(key);
    }
    QString shown(int row, const QString &key) const { return cell(row, key).data().toString(); }
    // Waits until the cell shows `text` and nothing is left to write.
    bool savedAs(int row, const QString &key, const QString &text) {
        return waitUntil([&] { return idle() && shown(row, key) == text; });
    }
};

} // namespace

TEST_F(CellEditTest, EnterSavesATextCellAndUndoTakesItBack) {
    open();
    FieldEditor *editor = startEditing(1, u"code"_qs);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->field().key, u"code"_qs);
    EXPECT_EQ(editor->value().toString(), u"c1"_qs);
    typeOver(u"Z9"_qs);
    key(Qt::Key_Return);
    EXPECT_EQ(cellEditor(), nullptr);
    ASSERT_TRUE(savedAs(1, u"code"_qs, u"Z9"_qs));
    EXPECT_EQ(stored(1, u"code"_qs).toString(), u"Z9"_qs);
    EXPECT_EQ(stored(1, u"count"_qs).toLongLong(), 1) << "the other fields are kept";
    // The form below shows the record as saved, with nothing unsaved.
    ASSERT_TRUE(waitUntil(
        [&] { return w()->recordForm()->editor(u"code"_qs)->value().toString() == u"Z9"_qs; }));
    EXPECT_FALSE(w()->controller()->isDirty());
    // One undo step, named by the record's display value.
    EXPECT_EQ(w()->undoStack()->count(), 1);
    EXPECT_EQ(w()->undoStack()->undoText(), u"Changes to “Z9”"_qs);
    table()->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(savedAs(1, u"code"_qs, u"c1"_qs));
    EXPECT_EQ(stored(1, u"code"_qs).toString(), u"c1"_qs);
    ASSERT_TRUE(waitUntil(
        [&] { return w()->recordForm()->editor(u"code"_qs)->value().toString() == u"c1"_qs; }));
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items WHERE code = 'Z9'"_qs), 0);
}

TEST_F(CellEditTest, TypingOverANumberCellStartsEditingAndEnterSavesIt) {
    open();
    goTo(2, u"count"_qs);
    QTest::keyClick(table(), Qt::Key_4); // opens the editor, typing over the value
    ASSERT_NE(cellEditor(), nullptr);
    key(Qt::Key_2);
    EXPECT_EQ(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), u"42"_qs);
    key(Qt::Key_Enter);
    ASSERT_TRUE(savedAs(2, u"count"_qs, u"42"_qs));
    EXPECT_EQ(stored(2, u"count"_qs).toLongLong(), 42);
    RawBook raw(bookPath());
    EXPECT_EQ(raw.scalar(u"SELECT count FROM items WHERE code = 'c2'"_qs), 42);
}

TEST_F(CellEditTest, ADateCellIsSaved) {
    open();
    startEditing(0, u"day"_qs);
    ASSERT_NE(cellEditor(), nullptr);
    typeOver(u"2026-03-15"_qs);
    key(Qt::Key_Return);
    ASSERT_TRUE(
        waitUntil([&] { return idle() && stored(0, u"day"_qs).toDate() == QDate(2026, 3, 15); }));
    EXPECT_EQ(shown(0, u"day"_qs),
              DisplayText::of(m_form.fields.at(column(u"day"_qs)), QDate(2026, 3, 15), QLocale()));
}

TEST_F(CellEditTest, NumbersAndDatesAreTypedAsTheTableShowsThemInGerman) {
    open();
    ASSERT_TRUE(InterfaceLanguage::apply(u"de"_qs));
    ASSERT_TRUE(waitUntil([&] { return shown(0, u"day"_qs) == u"01.01.2025"_qs; }))
        << shown(0, u"day"_qs).toStdString();
    startEditing(0, u"count"_qs);
    typeOver(u"1.234"_qs); // German grouping
    key(Qt::Key_Return);
    ASSERT_TRUE(savedAs(0, u"count"_qs, u"1.234"_qs)) << shown(0, u"count"_qs).toStdString();
    EXPECT_EQ(stored(0, u"count"_qs).toLongLong(), 1234);
    startEditing(0, u"day"_qs);
    typeOver(u"24.12.2025"_qs); // as the cell shows a date
    key(Qt::Key_Return);
    ASSERT_TRUE(savedAs(0, u"day"_qs, u"24.12.2025"_qs)) << shown(0, u"day"_qs).toStdString();
    EXPECT_EQ(stored(0, u"day"_qs).toDate(), QDate(2025, 12, 24));
}

TEST_F(CellEditTest, AChoiceAndAYesNoCellAreChosenByKeyboard) {
    open();
    startEditing(1, u"colour"_qs);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentText(), u"red"_qs);
    key(Qt::Key_Down);
    EXPECT_EQ(combo->currentText(), u"green"_qs);
    key(Qt::Key_Return);
    ASSERT_TRUE(savedAs(1, u"colour"_qs, u"green"_qs));
    EXPECT_EQ(stored(1, u"colour"_qs).toString(), u"green"_qs);

    startEditing(1, u"done"_qs);
    auto *box = qobject_cast<QCheckBox *>(QApplication::focusWidget());
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->isChecked());
    key(Qt::Key_Space);
    EXPECT_TRUE(box->isChecked());
    key(Qt::Key_Return);
    ASSERT_TRUE(savedAs(1, u"done"_qs, u"Yes"_qs));
    EXPECT_TRUE(stored(1, u"done"_qs).toBool());
    EXPECT_EQ(w()->undoStack()->count(), 2);
}

TEST_F(CellEditTest, EscRevertsTheCellAndSavesNothing) {
    open();
    startEditing(0, u"code"_qs);
    typeOver(u"QQ"_qs);
    key(Qt::Key_Escape);
    EXPECT_EQ(cellEditor(), nullptr);
    EXPECT_EQ(shown(0, u"code"_qs), u"c0"_qs);
    QCoreApplication::processEvents();
    EXPECT_TRUE(idle());
    EXPECT_EQ(w()->undoStack()->count(), 0);
    EXPECT_EQ(stored(0, u"code"_qs).toString(), u"c0"_qs);
    EXPECT_EQ(w()->recordForm()->editor(u"code"_qs)->value().toString(), u"c0"_qs);
    EXPECT_FALSE(w()->controller()->isDirty());
}

TEST_F(CellEditTest, AnInvalidValueKeepsTheEditorOpenSayingWhyAndSavesNothing) {
    open();
    FieldEditor *editor = startEditing(0, u"count"_qs);
    typeOver(u"-3"_qs);
    key(Qt::Key_Return);
    EXPECT_EQ(cellEditor(), editor) << "the editor stays open";
    EXPECT_EQ(editor->focusTarget()->toolTip(), u"Count must be at least 0."_qs);
    EXPECT_EQ(w()->statusBar()->currentMessage(), u"Not saved: Count must be at least 0."_qs);
    key(Qt::Key_Tab);
    EXPECT_EQ(cellEditor(), editor) << "nor does Tab take it";
    key(Qt::Key_Escape);
    EXPECT_EQ(cellEditor(), nullptr);
    EXPECT_TRUE(idle());
    EXPECT_EQ(w()->undoStack()->count(), 0);
    EXPECT_EQ(stored(0, u"count"_qs).toLongLong(), 0);
    EXPECT_EQ(shown(0, u"count"_qs), u"0"_qs);
}

TEST_F(CellEditTest, ARefusedSaveShowsTheStoredValueAgainAndSaysWhy) {
    open();
    startEditing(0, u"code"_qs);
    typeOver(u"c2"_qs); // another record's code: the book refuses it
    key(Qt::Key_Return);
    EXPECT_EQ(shown(0, u"code"_qs), u"c2"_qs) << "shown while it is being saved";
    ASSERT_TRUE(
        waitUntil([&] { return w()->statusBar()->currentMessage().startsWith(u"Not saved:"_qs); }));
    ASSERT_TRUE(savedAs(0, u"code"_qs, u"c0"_qs));
    EXPECT_EQ(stored(0, u"code"_qs).toString(), u"c0"_qs);
    EXPECT_EQ(w()->undoStack()->count(), 0);
}

namespace {
// The table's delegate, with the style option it paints a cell with.
struct CellPainter : RecordCellDelegate {
    QStyleOptionViewItem optionFor(QWidget *view, const QModelIndex &index) const {
        QStyleOptionViewItem option;
        option.initFrom(view);
        initStyleOption(&option, index);
        return option;
    }
};
} // namespace

// Right to left, a Latin value reads left to right where the column puts it, and an Arabic
// one right to left.
TEST_F(CellEditTest, InArabicALatinValueReadsLeftToRightAndAnArabicOneRightToLeft) {
    open();
    ASSERT_TRUE(InterfaceLanguage::apply(u"ar"_qs));
    QCoreApplication::processEvents();
    ASSERT_EQ(table()->layoutDirection(), Qt::RightToLeft);
    const CellPainter painter;
    const QStyleOptionViewItem latin = painter.optionFor(table(), cell(0, u"code"_qs));
    EXPECT_EQ(latin.text, u"c0"_qs);
    EXPECT_EQ(latin.direction, Qt::LeftToRight);
    EXPECT_EQ(latin.displayAlignment & Qt::AlignHorizontal_Mask, Qt::AlignRight | Qt::AlignAbsolute)
        << "where the column puts it, at the right";
    startEditing(0, u"code"_qs);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(line, nullptr);
    line->setText(u"عربي"_qs); // QTest types ASCII only
    key(Qt::Key_Return);
    ASSERT_TRUE(savedAs(0, u"code"_qs, u"عربي"_qs));
    EXPECT_EQ(painter.optionFor(table(), cell(0, u"code"_qs)).direction, Qt::RightToLeft);
}

// Someone else saved the record after the table showed it: a cell of another field goes on top
// of their save, which stays, rather than being refused as a conflict.
TEST_F(CellEditTest, ACellEditGoesOnTopOfAnotherPersonsSaveOfAnotherField) {
    open();
    const qint64 id =
        model()->data(cell(0, u"code"_qs), RecordTableModel::RecordIdRole).toLongLong();
    startEditing(0, u"code"_qs);
    typeOver(u"mine"_qs);
    saveElsewhere(book(), m_form, id,
                  [](QVariantMap &values) { values.insert(u"count"_qs, qlonglong(77)); });
    if (HasFatalFailure())
        return;
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return idle() && stored(0, u"code"_qs) == u"mine"_qs; }))
        << w()->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(stored(0, u"count"_qs).toLongLong(), 77) << "their change stays";
    // Undo takes back the cell alone.
    ASSERT_TRUE(waitUntil([&] { return w()->actions()->undo->isEnabled(); }));
    w()->actions()->undo->trigger();
    ASSERT_TRUE(waitUntil([&] { return idle() && stored(0, u"code"_qs) == u"c0"_qs; }));
    EXPECT_EQ(stored(0, u"count"_qs).toLongLong(), 77);
}

TEST_F(CellEditTest, TabSavesAndGoesOnToTheNextCell) {
    open();
    startEditing(1, u"code"_qs);
    typeOver(u"T1"_qs);
    key(Qt::Key_Tab);
    ASSERT_TRUE(
        waitUntil([&] { return cellEditor() && cellEditor()->field().key == u"count"_qs; }));
    EXPECT_EQ(table()->currentIndex(), cell(1, u"count"_qs));
    typeOver(u"77"_qs);
    key(Qt::Key_Return);
    ASSERT_TRUE(savedAs(1, u"count"_qs, u"77"_qs));
    ASSERT_TRUE(savedAs(1, u"code"_qs, u"T1"_qs));
    // Both saved, the second on the first's version.
    EXPECT_EQ(stored(1, u"code"_qs).toString(), u"T1"_qs);
    EXPECT_EQ(stored(1, u"count"_qs).toLongLong(), 77);
    EXPECT_EQ(w()->undoStack()->count(), 2);
}

TEST_F(CellEditTest, LeavingTheCellForAnotherWidgetSavesIt) {
    open();
    startEditing(0, u"code"_qs);
    typeOver(u"L1"_qs);
    w()->browser()->searchBox()->setFocus(Qt::MouseFocusReason);
    ASSERT_TRUE(savedAs(0, u"code"_qs, u"L1"_qs));
    EXPECT_EQ(cellEditor(), nullptr);
    EXPECT_EQ(stored(0, u"code"_qs).toString(), u"L1"_qs);
    EXPECT_EQ(w()->undoStack()->count(), 1);
}

TEST_F(CellEditTest, ALongTextIsEditedInTheFormOnly) {
    open();
    EXPECT_TRUE(cell(0, u"code"_qs).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(cell(0, u"notes"_qs).flags() & Qt::ItemIsEditable);
    goTo(0, u"notes"_qs);
    QTest::keyClick(table(), Qt::Key_F2);
    EXPECT_EQ(cellEditor(), nullptr);
}

TEST_F(CellEditTest, UnsavedChangesInTheFormRefuseACellEditSayingWhy) {
    open();
    QWidget *code = w()->recordForm()->editor(u"code"_qs)->focusTarget();
    code->setFocus();
    typeOver(u"typed"_qs);
    ASSERT_TRUE(w()->controller()->isDirty());
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F2);
    EXPECT_EQ(cellEditor(), nullptr);
    EXPECT_TRUE(w()->statusBar()->currentMessage().contains(u"unsaved changes"_qs))
        << w()->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(w()->controller()->isDirty()) << "what was typed in the form stays";
}

TEST_F(CellEditTest, AReadOnlyBookOffersNoEditing) {
    {
        auto db = openWithForm(cellForm(), &m_form);
        saveRecords(*db, m_form.id, 2, cellRecord);
    }
    ASSERT_TRUE(QFile::setPermissions(bookPath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    m_window = std::make_unique<MainWindow>();
    m_window->openBook(book());
    showActive(w());
    ASSERT_TRUE(waitUntil([&] { return w()->database()->state() == BookState::ReadOnly; }));
    ASSERT_TRUE(waitUntil([&] { return model()->rowCount() == 2 && model()->isLoaded(0); }));
    EXPECT_FALSE(cell(0, u"code"_qs).flags() & Qt::ItemIsEditable);
    table()->setFocus();
    table()->setCurrentIndex(cell(0, u"code"_qs));
    QTest::keyClick(table(), Qt::Key_F2);
    EXPECT_EQ(cellEditor(), nullptr);
    QTest::keyClicks(table(), u"x"_qs);
    EXPECT_EQ(cellEditor(), nullptr);
    const QRect rect = table()->visualRect(cell(0, u"code"_qs));
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(cellEditor(), nullptr);
    QFile::setPermissions(bookPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
