#include "UiTestSupport.h"

#include "ClosingBooks.h"
#include "FieldEditor.h"
#include "InterfaceLanguage.h"
#include "MainWindow.h"
#include "ProgramStyle.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "RecordTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>

namespace fb::test {

namespace {
// The widgets are tested in the style the program runs with (app/main.cpp).
class TheProgramsStyle : public ::testing::Environment {
public:
    void SetUp() override { ProgramStyle::install(); }
};
[[maybe_unused]] const auto *const programStyle =
    ::testing::AddGlobalTestEnvironment(new TheProgramsStyle); // gtest owns it
} // namespace

void UiTest::SetUp() {
    // Settings live in this test process's own folder (TestMain.cpp); start from none.
    WindowSettings().clear();
    // English with its plural forms, as the program starts for an English desktop.
    InterfaceLanguage::apply(u"en"_qs);
}

void UiTest::TearDown() {
    if (m_window) {
        m_window->controller()->revert(); // nothing left to ask about
        m_window->close();
        waitUntil([&] {
            return (!m_window->database() || m_window->database()->isClosed()) &&
                   m_window->closingBooks()->isEmpty();
        });
        m_window.reset();
    }
}

QVariantMap item(const QString &code, qlonglong count) {
    return {{QStringLiteral("code"), code}, {QStringLiteral("count"), count}};
}

void UiTest::saveRecords(Database &db, qint64 formId, int n,
                         const std::function<QVariantMap(int)> &make) {
    int done = 0;
    for (int i = 0; i < n; ++i) {
        Record r;
        r.values = make(i);
        db.saveRecord(formId, r).then(&db, [&done](const Reply<SavedRecord> &reply) {
            EXPECT_TRUE(reply.ok()) << reply.error.toLogString().toStdString();
            ++done;
        });
    }
    ASSERT_TRUE(waitUntil([&] { return done == n; }, 60000));
}

MainWindow *UiTest::openWindow(const FormDef &form, int records,
                               const std::function<QVariantMap(int)> &make) {
    if (form.id == 0) {
        auto db = openWithForm(form, &m_form);
        if (records)
            saveRecords(
                *db, m_form.id, records,
                make ? make : [](int i) { return item(QStringLiteral("c%1").arg(i), i); });
    } else {
        m_form = form;
    }
    m_window = std::make_unique<MainWindow>();
    m_window->openBook(book()); // bookPath() on SQLite
    showActive(m_window.get());
    EXPECT_TRUE(waitUntil([&] { return m_window->controller()->form().id == m_form.id; }));
    EXPECT_TRUE(waitUntil([&] {
        return m_window->browser()->model()->rowCount() == records &&
               (records == 0 || m_window->controller()->currentRow() == 0);
    }));
    return m_window.get();
}

QWidget *UiTest::formField(const QString &key) const {
    return m_window->recordForm()->editor(key)->focusTarget();
}

void UiTest::typeIntoField(const QString &key, const QString &text) {
    formField(key)->setFocus();
    qobject_cast<QLineEdit *>(formField(key))->selectAll();
    QTest::keyClicks(formField(key), text);
}

void whenModal(const std::function<void(QWidget *)> &act) {
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->deleteLater();
            timer->stop();
            act(modal);
        }
    });
    timer->start();
}

void pressInModal(int standardButton) {
    whenModal([standardButton](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        ASSERT_NE(box, nullptr);
        box->button(QMessageBox::StandardButton(standardButton))->click();
    });
}

void showActive(QWidget *window) {
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    EXPECT_TRUE(QTest::qWaitForWindowActive(window));
}

namespace {

// Texts by the Alt key they bind; reports each key with more than one text.
class MnemonicScope {
public:
    void add(const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            m_texts[key.toString()] << text;
    }
    void report(const QString &scope, QStringList &out) const {
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
            if (it->size() > 1)
                out << u"%1: %2 is bound by %3"_qs.arg(scope, it.key(), it->join(u", "_qs));
        }
    }

private:
    QMap<QString, QStringList> m_texts;
};

void checkMenu(const QMenu *menu, QStringList &out) {
    MnemonicScope scope;
    for (const QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        scope.add(action->text());
        if (action->menu())
            checkMenu(action->menu(), out);
    }
    scope.report(menu->title(), out);
}

} // namespace

QStringList duplicateMnemonics(QWidget *window) {
    QStringList out;
    MnemonicScope top;
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (const QAction *action : bar->actions()) {
            top.add(action->text());
            if (action->menu())
                checkMenu(action->menu(), out);
        }
    }
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            top.add(label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            top.add(button->text());
    }
    top.report(window->windowTitle(), out);
    return out;
}

void saveElsewhere(const BookSpec &spec, const FormDef &form, qint64 id,
                   const std::function<void(QVariantMap &)> &change) {
    Database other;
    other.open(spec);
    ASSERT_TRUE(waitUntil([&] { return other.state() != BookState::Opening; }));
    auto fetched = other.fetchRecord(form, id);
    ASSERT_TRUE(waitUntil([&] { return fetched.isFinished(); }));
    Record record = fetched.result().value;
    change(record.values);
    auto saved = other.saveRecord(form.id, record);
    ASSERT_TRUE(waitUntil([&] { return saved.isFinished(); }));
    ASSERT_TRUE(saved.result().ok()) << saved.result().error.toLogString().toStdString();
    auto closed = other.close();
    ASSERT_TRUE(waitUntil([&] { return closed.isFinished(); }));
}

QStringList clippedTexts(QWidget *root) {
    QStringList found;
    const auto add = [&found](const QWidget *w, const QString &text, int room) {
        const int wanted = w->fontMetrics().horizontalAdvance(text);
        if (room < wanted)
            found << u"%1: \"%2\" (%3 < %4)"_qs.arg(w->objectName(), text, QString::number(room),
                                                    QString::number(wanted));
    };
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (!combo->isVisible())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const QRect room = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                          QStyle::SC_ComboBoxEditField, combo);
        for (int i = 0; i < combo->count(); ++i)
            add(combo, combo->itemText(i), room.width());
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        // A combo box's own line edit is the combo box's.
        if (edit->isVisible() && !qobject_cast<QComboBox *>(edit->parentWidget()))
            add(edit, edit->placeholderText(),
                edit->width() - 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth));
    }
    return found;
}

QStringList duplicateShortcuts(QWidget *window) {
    QStringList out;
    QMap<QString, QStringList> holders;
    for (const QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            holders[key.toString()] << action->objectName();
    }
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (it->size() > 1)
            out << u"%1 is held by %2"_qs.arg(it.key(), it->join(u", "_qs));
    }
    return out;
}

} // namespace fb::test
