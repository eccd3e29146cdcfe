// Team books on a PostgreSQL server in the window: connecting, the recent list without the
// password, a save that meets someone else's, and a user who may only read.

#include "UiTestSupport.h"

#include "ConflictDialog.h"
#include "FieldEditor.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "RecordTableModel.h"
#include "ServerDialog.h"
#include "StatusPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace fb;
using namespace fb::test;

namespace {

void type(QWidget *dialog, const QString &name, const QString &text) {
    auto *edit = dialog->findChild<QLineEdit *>(name);
    ASSERT_NE(edit, nullptr) << name.toStdString();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void pressOk(QWidget *dialog) {
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Fills in the server dialog as a person would: field by field, the TLS mode from its list.
void fillServerDialog(QWidget *dialog, const BookSpec &spec, int tlsIndex) {
    type(dialog, u"host"_qs, spec.host);
    auto *port = dialog->findChild<QSpinBox *>(u"port"_qs);
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QString::number(spec.port));
    type(dialog, u"database"_qs, spec.database);
    type(dialog, u"user"_qs, spec.user);
    auto *tls = dialog->findChild<QComboBox *>(u"tls"_qs);
    tls->setFocus();
    while (tls->currentIndex() < tlsIndex)
        QTest::keyClick(tls, Qt::Key_Down);
    while (tls->currentIndex() > tlsIndex)
        QTest::keyClick(tls, Qt::Key_Up);
    type(dialog, u"password"_qs, spec.password);
}

QByteArray settingsFile() {
    const QString app = QCoreApplication::applicationName();
    QSettings settings(app, app);
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ServerWindowTest : public UiTest {};

class ServerBookTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (!postgresAvailable())
            GTEST_SKIP() << "no PostgreSQL server (scripts/test starts one)";
    }
    BookSpec::Backend backend() const override { return BookSpec::Backend::Postgres; }
    QLineEdit *line(const QString &key) {
        return qobject_cast<QLineEdit *>(m_window->recordForm()->editor(key)->focusTarget());
    }
    void typeInto(const QString &key, const QString &text) {
        line(key)->setFocus();
        line(key)->selectAll();
        QTest::keyClicks(line(key), text);
    }
    static Record stored(const BookSpec &spec, const FormDef &form, qint64 id) {
        Database db;
        db.open(spec);
        EXPECT_TRUE(waitUntil([&] { return db.state() != BookState::Opening; }));
        auto f = db.fetchRecord(form, id);
        EXPECT_TRUE(waitUntil([&] { return f.isFinished(); }));
        return f.result().value;
    }
};

} // namespace

TEST_F(ServerWindowTest, BuildsTheSpecOfWhatWasTyped) {
    ServerDialog dialog;
    showActive(&dialog);
    BookSpec typed;
    typed.host = u"db.example.org"_qs;
    typed.port = 6543;
    typed.database = u"survey"_qs;
    typed.user = u"anna"_qs;
    typed.password = u"s3cret"_qs;
    fillServerDialog(&dialog, typed, 4);
    const BookSpec spec = dialog.spec();
    EXPECT_EQ(spec.backend, BookSpec::Backend::Postgres);
    EXPECT_EQ(spec.host, typed.host);
    EXPECT_EQ(spec.port, 6543);
    EXPECT_EQ(spec.database, typed.database);
    EXPECT_EQ(spec.user, typed.user);
    EXPECT_EQ(spec.password, typed.password);
    EXPECT_EQ(spec.options, u"sslmode=verify-full"_qs);
    EXPECT_EQ(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(spec.serverAddress(),
              u"postgresql://anna@db.example.org:6543/survey?sslmode=verify-full"_qs);
    const std::optional<BookSpec> back = BookSpec::fromServerAddress(spec.serverAddress());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->host, spec.host);
    EXPECT_EQ(back->port, spec.port);
    EXPECT_EQ(back->database, spec.database);
    EXPECT_EQ(back->user, spec.user);
    EXPECT_EQ(back->options, spec.options);
    EXPECT_TRUE(back->password.isEmpty());
    EXPECT_FALSE(BookSpec::fromServerAddress(u"/home/anna/book.fieldbook"_qs));
}

TEST_F(ServerBookTest, ConnectToServerOpensTheBookAndRemembersItWithoutThePassword) {
    const BookSpec spec = book();
    {
        FormDef created;
        auto db = openWithForm(simpleForm(), &created);
    }
    m_window = std::make_unique<MainWindow>();
    showActive(m_window.get());
    whenModal([&](QWidget *dialog) {
        ASSERT_NE(qobject_cast<ServerDialog *>(dialog), nullptr);
        fillServerDialog(dialog, spec, 0);
        pressOk(dialog);
    });
    m_window->actions()->connectServer->trigger();
    ASSERT_TRUE(waitUntil([&] {
        return m_window->database() && m_window->database()->state() == BookState::Open;
    })) << (m_window->database() ? m_window->database()->lastError().toLogString().toStdString()
                                 : std::string());
    EXPECT_EQ(m_window->database()->spec().options, u"sslmode=disable"_qs);
    EXPECT_TRUE(waitUntil([&] { return m_window->controller()->form().id != 0; }));

    const QByteArray settings = settingsFile();
    EXPECT_TRUE(settings.contains(spec.database.toUtf8())) << settings.toStdString();
    EXPECT_FALSE(settings.contains(spec.password.toUtf8())) << settings.toStdString();

    // Recent Books asks only for the password.
    QMenu *recent = m_window->actions()->recentBooks;
    ASSERT_FALSE(recent->actions().isEmpty());
    EXPECT_TRUE(recent->actions().front()->text().contains(spec.database));
    bool onlyPassword = false;
    whenModal([&](QWidget *dialog) {
        onlyPassword = !dialog->findChild<QLineEdit *>(u"host"_qs)->isEnabled() &&
                       !dialog->findChild<QLineEdit *>(u"user"_qs)->isEnabled() &&
                       dialog->findChild<QLineEdit *>(u"password"_qs)->isEnabled();
        type(dialog, u"password"_qs, spec.password);
        pressOk(dialog);
    });
    QPointer<Database> first = m_window->database();
    recent->actions().front()->trigger();
    ASSERT_TRUE(waitUntil([&] {
        return !first && m_window->database() && m_window->database()->state() == BookState::Open;
    }));
    EXPECT_TRUE(onlyPassword);
    EXPECT_EQ(m_window->database()->spec().options, u"sslmode=disable"_qs);
    EXPECT_FALSE(settingsFile().contains(spec.password.toUtf8()));
}

TEST_F(ServerBookTest, AWrongPasswordShowsTheErrorInTheWindow) {
    BookSpec spec = book();
    spec.password = u"wrong"_qs;
    m_window = std::make_unique<MainWindow>();
    showActive(m_window.get());
    m_window->openBook(spec);
    ASSERT_TRUE(waitUntil([&] { return m_window->database()->state() == BookState::Error; }));
    const QString state = m_window->findChild<QLabel *>(u"bookState"_qs)->text();
    EXPECT_TRUE(state.startsWith(u"Cannot open "_qs)) << state.toStdString();
}

TEST_F(ServerBookTest, ASaveThatMeetsAnotherPersonsSaveOffersAMergeAndSavesIt) {
    MainWindow *w = openWindow(simpleForm(), 1, [](int) { return item(u"first"_qs, 1); });
    const qint64 id = w->recordForm()->loadedRecord().id;
    ASSERT_NE(id, 0);
    // While the edits are being typed (the form holds them, so another person's save does not
    // replace them), someone else changes both fields and saves first.
    const Record loaded = w->recordForm()->loadedRecord();
    typeInto(u"code"_qs, u"mine"_qs);
    typeInto(u"count"_qs, u"7"_qs);
    {
        auto other = openBook(book());
        Record theirs = loaded;
        theirs.values = item(u"theirs"_qs, 20);
        auto saved = other->saveRecord(m_form.id, theirs);
        ASSERT_TRUE(waitUntil([&] { return saved.isFinished(); }));
        ASSERT_TRUE(saved.result().ok());
    }
    QStringList differing;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConflictDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        differing = dialog->differingKeys();
        QTest::mouseClick(dialog->findChild<QRadioButton *>(u"mine_code"_qs), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QRadioButton *>(u"theirs_count"_qs), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    QTest::keyClick(line(u"count"_qs), Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] {
        return !w->controller()->isSaving() && !w->controller()->isDirty() &&
               w->recordForm()->loadedRecord().version == 3;
    }));
    EXPECT_EQ(differing, (QStringList{u"code"_qs, u"count"_qs}));
    const Record merged = stored(book(), m_form, id);
    EXPECT_EQ(merged.values.value(u"code"_qs).toString(), u"mine"_qs);
    EXPECT_EQ(merged.values.value(u"count"_qs).toLongLong(), 20);
    EXPECT_EQ(merged.version, 3);
    EXPECT_EQ(line(u"code"_qs)->text(), u"mine"_qs);
}

TEST_F(ServerBookTest, CancellingTheMergeKeepsTheEditsUnsaved) {
    MainWindow *w = openWindow(simpleForm(), 1, [](int) { return item(u"first"_qs, 1); });
    const Record loaded = w->recordForm()->loadedRecord();
    typeInto(u"code"_qs, u"mine"_qs);
    {
        auto other = openBook(book());
        Record theirs = loaded;
        theirs.values = item(u"theirs"_qs, 20);
        auto saved = other->saveRecord(m_form.id, theirs);
        ASSERT_TRUE(waitUntil([&] { return saved.isFinished(); }));
    }
    bool shown = false;
    whenModal([&](QWidget *modal) {
        shown = qobject_cast<ConflictDialog *>(modal) != nullptr;
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    QTest::keyClick(line(u"code"_qs), Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return shown && !w->controller()->isSaving(); }));
    waitUntil([] { return false; }, 100);
    EXPECT_TRUE(w->controller()->isDirty());
    EXPECT_EQ(line(u"code"_qs)->text(), u"mine"_qs);
    EXPECT_EQ(stored(book(), m_form, w->recordForm()->loadedRecord().id)
                  .values.value(u"code"_qs)
                  .toString(),
              u"theirs"_qs);
}

TEST_F(ServerBookTest, AReaderSeesTheReadOnlyNoticeAndCannotEdit) {
    BookSpec spec = book();
    FormDef form;
    {
        auto db = openWithForm(simpleForm(), &form);
        saveRecords(*db, form.id, 1, [](int) { return item(u"r1"_qs, 1); });
    }
    RawBook owner(spec);
    owner.exec(u"DROP OWNED BY fieldbook_ui_reader"_qs);
    owner.exec(u"DROP ROLE IF EXISTS fieldbook_ui_reader"_qs);
    ASSERT_TRUE(owner.exec(u"CREATE ROLE fieldbook_ui_reader LOGIN PASSWORD 'reader'"_qs));
    ASSERT_TRUE(
        owner.exec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO fieldbook_ui_reader"_qs));
    spec.user = u"fieldbook_ui_reader"_qs;
    spec.password = u"reader"_qs;
    m_window = std::make_unique<MainWindow>();
    showActive(m_window.get());
    m_window->openBook(spec);
    ASSERT_TRUE(waitUntil([&] { return m_window->database()->state() == BookState::ReadOnly; }));
    ASSERT_TRUE(waitUntil([&] { return m_window->recordForm()->loadedRecord().id != 0; }));
    auto *banner = m_window->findChild<QLabel *>(u"readOnlyBanner"_qs);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->text(), u"Read only: you may look but not change records on this server."_qs);
    EXPECT_TRUE(m_window->findChild<QLabel *>(u"bookState"_qs)->text().startsWith(u"Read only"_qs));
    EXPECT_FALSE(m_window->actions()->newRecord->isEnabled());
    EXPECT_FALSE(m_window->actions()->trashRecord->isEnabled());
    QTest::keyClicks(line(u"code"_qs), u"changed"_qs);
    EXPECT_EQ(line(u"code"_qs)->text(), u"r1"_qs);
    EXPECT_FALSE(m_window->controller()->isDirty());
    EXPECT_FALSE(m_window->actions()->save->isEnabled());
    m_window->close();
    waitUntil([&] { return m_window->database()->isClosed(); });
    m_window.reset();
    owner.exec(u"REASSIGN OWNED BY fieldbook_ui_reader TO CURRENT_USER"_qs);
    owner.exec(u"DROP OWNED BY fieldbook_ui_reader"_qs);
}

TEST_F(ServerWindowTest, TheStatusBarSaysWhenTheServerIsAwayAndWhenItIsBack) {
    MainWindow *w = openWindow(simpleForm(), 1);
    auto *status = w->findChild<StatusPanel *>();
    ASSERT_NE(status, nullptr);
    const auto state = [&] { return w->findChild<QLabel *>(u"bookState"_qs)->text(); };
    status->setRetrying(3, DbError(DbError::Kind::Connection,
                                   QT_TRANSLATE_NOOP("fb::DbError", "The server went away.")));
    EXPECT_EQ(state(), u"The server cannot be reached; reconnecting (attempt 3). Your changes are "
                       u"kept: 0 saves waiting."_qs);
    EXPECT_TRUE(status->isReconnecting());
    status->setReachable();
    EXPECT_FALSE(status->isReconnecting());
    EXPECT_EQ(w->statusBar()->currentMessage(),
              u"Connected to the server again; waiting saves went through."_qs);
    EXPECT_TRUE(state().endsWith(u" is open"_qs)) << state().toStdString();
}

TEST_F(ServerWindowTest, CopyBookToServerCopiesTheOpenFileAndRefusesABookWithForms) {
    if (!postgresAvailable())
        GTEST_SKIP() << "no PostgreSQL server (scripts/test starts one)";
    MainWindow *w = openWindow(simpleForm(), 30);
    BookSpec server =
        postgresAdminSpec(u"fbt_uicopy_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8));
    RawBook admin(postgresAdminSpec());
    ASSERT_TRUE(admin.exec(u"CREATE DATABASE \"%1\""_qs.arg(server.database)));
    const auto copy = [&] {
        whenModal([&](QWidget *dialog) {
            fillServerDialog(dialog, server, 0);
            pressOk(dialog);
        });
        w->actions()->copyToServer->trigger();
    };
    ASSERT_TRUE(w->actions()->copyToServer->isEnabled());
    EXPECT_TRUE(w->actions()->copyToFile->isEnabled()); // a file book is copied whole
    copy();
    EXPECT_TRUE(waitUntil([&] {
        return w->statusBar()->currentMessage().startsWith(u"Copied 1 form and 30 records"_qs) ||
               w->findChild<QMessageBox *>(u"copyFailed"_qs);
    }));
    EXPECT_EQ(w->findChild<QMessageBox *>(u"copyFailed"_qs), nullptr);
    {
        RawBook raw(server);
        EXPECT_EQ(raw.scalar(u"SELECT COUNT(*) FROM items"_qs), 30);
    }
    // Again: the server book has a form now.
    QString refusal;
    copy();
    ASSERT_TRUE(waitUntil([&] {
        auto *box = w->findChild<QMessageBox *>(u"copyFailed"_qs);
        if (box && box->isVisible()) {
            refusal = box->text();
            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        }
        return !refusal.isEmpty();
    }));
    EXPECT_TRUE(refusal.contains(u"already has forms"_qs)) << refusal.toStdString();
    RawBook(server).scalar(u"SELECT 1"_qs);
    admin.exec(u"DROP DATABASE \"%1\" WITH (FORCE)"_qs.arg(server.database));
}

// The table took another person's save, but the form below kept the old values, and the next
// edit started from them.
TEST_F(ServerBookTest, AnotherPersonsSaveShowsInTheFormBelowToo) {
    MainWindow *w = openWindow(simpleForm(), 1, [](int) { return item(u"first"_qs, 1); });
    const qint64 id = w->recordForm()->loadedRecord().id;
    ASSERT_NE(id, 0);
    saveElsewhere(book(), m_form, id, [](QVariantMap &v) { v.insert(u"code"_qs, u"theirs"_qs); });
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(waitUntil(
        [&] { return w->browser()->model()->index(0, 0).data().toString() == u"theirs"_qs; }));
    EXPECT_TRUE(waitUntil([&] { return line(u"code"_qs)->text() == u"theirs"_qs; }))
        << line(u"code"_qs)->text().toStdString();
    EXPECT_FALSE(w->controller()->isDirty());
    // The next edit starts from their version: it saves without any conflict (a merge dialog
    // would wait for an answer, and the save would not end).
    typeInto(u"count"_qs, u"5"_qs);
    QTest::keyClick(line(u"count"_qs), Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] {
        return !w->controller()->isSaving() && !w->controller()->isDirty() &&
               w->recordForm()->loadedRecord().version == 3;
    }));
    EXPECT_EQ(w->findChild<ConflictDialog *>(), nullptr);
    const Record now = stored(book(), m_form, id);
    EXPECT_EQ(now.values.value(u"code"_qs).toString(), u"theirs"_qs);
    EXPECT_EQ(now.values.value(u"count"_qs).toLongLong(), 5);
}

// Edits in the form stay when someone else saves the record; their save then meets the other
// one as a conflict (the merge dialog, window-modal, without a nested event loop).
TEST_F(ServerBookTest, EditsStayWhenAnotherPersonSavesAndTheirSaveOffersAMerge) {
    MainWindow *w = openWindow(simpleForm(), 1, [](int) { return item(u"first"_qs, 1); });
    const qint64 id = w->recordForm()->loadedRecord().id;
    typeInto(u"code"_qs, u"mine"_qs);
    saveElsewhere(book(), m_form, id, [](QVariantMap &v) { v.insert(u"count"_qs, 20); });
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(waitUntil(
        [&] { return w->browser()->model()->index(0, 1).data().toString() == u"20"_qs; }));
    // A reload, had one been asked for, was asked before this read and is answered first.
    auto read = w->database()->fetchRecord(m_form, id);
    ASSERT_TRUE(waitUntil([&] { return read.isFinished(); }));
    QCoreApplication::processEvents();
    EXPECT_EQ(line(u"code"_qs)->text(), u"mine"_qs);
    EXPECT_EQ(line(u"count"_qs)->text(), u"1"_qs);
    EXPECT_TRUE(w->controller()->isDirty());

    bool keyReturned = false;
    bool returnedBeforeTheDialog = false;
    ConflictDialog *dialog = nullptr;
    whenModal([&](QWidget *modal) {
        returnedBeforeTheDialog = keyReturned;
        dialog = qobject_cast<ConflictDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        if (!keyReturned) // ends the nested loop
            QTest::keyClick(modal, Qt::Key_Escape);
    });
    QTest::keyClick(line(u"code"_qs), Qt::Key_S, Qt::ControlModifier);
    keyReturned = true;
    ASSERT_TRUE(waitUntil([&] { return dialog != nullptr; }));
    EXPECT_TRUE(returnedBeforeTheDialog) << "the dialog ran its own event loop";
    EXPECT_EQ(dialog->differingKeys(), (QStringList{u"code"_qs, u"count"_qs}));
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    EXPECT_TRUE(save->isDefault()) << "Enter saves the merge as chosen";
    // Enter: the code typed here, the count saved there.
    QTest::keyClick(dialog, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return !w->controller()->isSaving() && !w->controller()->isDirty() &&
               w->recordForm()->loadedRecord().version == 3;
    }));
    const Record merged = stored(book(), m_form, id);
    EXPECT_EQ(merged.values.value(u"code"_qs).toString(), u"mine"_qs);
    EXPECT_EQ(merged.values.value(u"count"_qs).toLongLong(), 20);
}

// Undo of a merged save wrote back every value the edits started from, taking back the other
// person's change too.
TEST_F(ServerBookTest, UndoOfAMergedSaveTakesBackOnlyWhatItChanged) {
    MainWindow *w = openWindow(simpleForm(), 1, [](int) { return item(u"first"_qs, 1); });
    const qint64 id = w->recordForm()->loadedRecord().id;
    // Typed here while someone else saves the count: the save meets theirs, and the merge
    // takes the code typed here and their count.
    typeInto(u"code"_qs, u"mine"_qs);
    saveElsewhere(book(), m_form, id, [](QVariantMap &v) { v.insert(u"count"_qs, 20); });
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(waitUntil(
        [&] { return w->browser()->model()->index(0, 1).data().toString() == u"20"_qs; }));
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConflictDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    QTest::keyClick(line(u"code"_qs), Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] {
        return !w->controller()->isSaving() && !w->controller()->isDirty() &&
               w->recordForm()->loadedRecord().version == 3;
    }));
    ASSERT_EQ(stored(book(), m_form, id).values.value(u"count"_qs).toLongLong(), 20);
    ASSERT_TRUE(waitUntil([&] { return w->actions()->undo->isEnabled(); }));
    w->actions()->undo->trigger();
    ASSERT_TRUE(waitUntil([&] {
        return stored(book(), m_form, id).version == 4 && w->database()->pendingWrites() == 0;
    }));
    const Record undone = stored(book(), m_form, id);
    EXPECT_EQ(undone.values.value(u"code"_qs).toString(), u"first"_qs);
    EXPECT_EQ(undone.values.value(u"count"_qs).toLongLong(), 20) << "their change stays";

    // Redo, then someone else changes the code again: undo refuses, saying why.
    ASSERT_TRUE(waitUntil([&] { return w->actions()->redo->isEnabled(); }));
    w->actions()->redo->trigger();
    ASSERT_TRUE(waitUntil([&] {
        return stored(book(), m_form, id).version == 5 && w->database()->pendingWrites() == 0;
    }));
    EXPECT_EQ(stored(book(), m_form, id).values.value(u"code"_qs).toString(), u"mine"_qs);
    saveElsewhere(book(), m_form, id, [](QVariantMap &v) { v.insert(u"code"_qs, u"newer"_qs); });
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(waitUntil([&] { return w->actions()->undo->isEnabled(); }));
    w->actions()->undo->trigger();
    ASSERT_TRUE(waitUntil([&] {
        return w->statusBar()->currentMessage().startsWith(u"Not undone: someone else changed"_qs);
    })) << w->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(u"Code"_qs))
        << w->statusBar()->currentMessage().toStdString();
    const Record kept = stored(book(), m_form, id);
    EXPECT_EQ(kept.version, 6);
    EXPECT_EQ(kept.values.value(u"code"_qs).toString(), u"newer"_qs);
    // The history stays where it was: the refused step is still the next Undo, and there is
    // nothing to redo.
    EXPECT_TRUE(waitUntil([&] { return w->actions()->undo->isEnabled(); }));
    EXPECT_FALSE(w->actions()->redo->isEnabled());
    EXPECT_EQ(w->undoStack()->index(), w->undoStack()->count());
}
