#include "TrashDialog.h"

#include "RecordTableView.h"

#include "Database.h"
#include "FormTexts.h"
#include "GrowToFit.h"
#include "RecordTableModel.h"
#include "WhenReady.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace fb {

TrashDialog::TrashDialog(Database *database, const FormDef &form, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_form(form)
    , m_model(new RecordTableModel(this))
    , m_intro(new QLabel(this))
    , m_nothing(new QLabel(this))
    , m_table(new RecordTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_restore(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_purge(m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole))
    , m_empty(m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole)) {
    setObjectName(u"trashDialog"_qs);
    m_restore->setObjectName(u"restore"_qs);
    m_purge->setObjectName(u"purge"_qs);
    m_empty->setObjectName(u"emptyTrash"_qs);
    m_restore->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_nothing);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    m_intro->setWordWrap(true);
    m_nothing->setObjectName(u"trashIsEmpty"_qs);
    m_nothing->hide();
    // Long values end in "…" on one line, rather than wrapping and losing their middle.
    m_table->setWordWrap(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_model->setSource(database, form);
    PageQuery trash;
    trash.trash = true;
    m_model->setQuery(trash);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashDialog::purgeSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrashDialog::updateButtons);
    connect(m_model, &RecordTableModel::modelReset, this, &TrashDialog::updateButtons);
    connect(m_model, &RecordTableModel::rowsInserted, this, &TrashDialog::updateButtons);
    connect(m_model, &RecordTableModel::rowsRemoved, this, &TrashDialog::updateButtons);
    connect(m_model, &RecordTableModel::pageLoaded, this, &TrashDialog::fitColumns);
    connect(m_model, &RecordTableModel::counted, this,
            [this](qint64 rows) { m_nothing->setVisible(rows == 0); });
    resize(700, 400);
    retranslate();
    updateButtons();
}

void TrashDialog::retranslate() {
    const QString name = FormTexts::formName(m_form);
    setWindowTitle(tr("Trash — %1").arg(name));
    m_intro->setText(
        tr("Records of “%1” that were deleted. Select some and restore them.").arg(name));
    m_nothing->setText(tr("The trash is empty: no record of “%1” was deleted.").arg(name));
    m_restore->setText(tr("&Restore"));
    m_purge->setText(tr("&Delete for Good…"));
    m_empty->setText(tr("&Empty Trash…"));
    m_table->setAccessibleName(tr("Deleted records"));
    m_model->retranslate();
    fitColumns(); // the headers and the dates changed length
}

void TrashDialog::fitColumns() {
    // Each column as wide as what it shows (a long text at most about 60 characters), and the
    // dialog as wide as the columns, within the screen: "Deleted on" is the point of the trash
    // and must not lie past the right edge.
    const int widest = fontMetrics().averageCharWidth() * 60;
    QHeaderView *header = m_table->horizontalHeader();
    int total = 0;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_table->resizeColumnToContents(c); // the widest value or header shown
        const int wanted = header->sectionSize(c);
        header->resizeSection(c, std::min(wanted, widest));
        total += std::min(wanted, widest); // not sectionSize(): the last one stretches
    }
    const int frame = 2 * m_table->frameWidth();
    const int needed = total + m_table->verticalHeader()->sizeHint().width() + frame +
                       m_table->verticalScrollBar()->sizeHint().width();
    const int extra = width() - m_table->width();
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1920;
    growToWidth(this, std::min(needed + extra, screenWidth * 9 / 10));
}

void TrashDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TrashDialog::updateButtons() {
    const bool selected = m_table->selectionModel()->hasSelection();
    m_restore->setEnabled(selected);
    m_purge->setEnabled(selected);
    m_empty->setEnabled(m_model->rowCount() > 0);
}

void TrashDialog::restoreSelected() {
    if (!m_database)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const std::optional<Record> record = m_model->recordAt(index.row());
        if (!record)
            continue; // not loaded yet
        whenReady(m_database->restoreRecord(m_form.id, record->id), this,
                  [this, record = *record](const Reply<SavedRecord> &r) {
                      if (!r.ok())
                          m_intro->setText(tr("Not restored: %1").arg(r.error.message()));
                      else
                          Q_EMIT restored(m_form.id, record);
                  });
    }
}

void TrashDialog::said(const QString &text) {
    m_intro->setText(text);
}

void TrashDialog::confirm(const QString &question, const QString &action,
                          std::function<void()> then) {
    auto *box =
        new QMessageBox(QMessageBox::Warning, windowTitle(), question, QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDeleteForGood"_qs);
    box->setInformativeText(tr("This cannot be undone."));
    QPushButton *yes = box->addButton(action, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel); // Enter keeps the records
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [box, yes, then = std::move(then)] {
        if (box->clickedButton() == yes)
            then();
    });
    box->open();
}

void TrashDialog::purgeSelected() {
    QList<Record> records;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const std::optional<Record> record = m_model->recordAt(index.row()))
            records << *record;
    }
    if (records.isEmpty())
        return;
    const int n = int(records.size());
    confirm(tr("Delete %n record(s) for good?", "", n), tr("Delete for Good"), [this, records, n] {
        if (!m_database)
            return;
        auto done = std::make_shared<int>(0);
        auto failed = std::make_shared<QString>();
        for (const Record &record : records) {
            whenReady(m_database->purgeRecord(m_form.id, record.id), this,
                      [this, done, failed, n](const Reply<SavedRecord> &r) {
                          if (!r.ok())
                              *failed = r.error.message();
                          if (++*done < n)
                              return;
                          Q_EMIT purged(m_form.id);
                          said(failed->isEmpty() ? tr("%n record(s) deleted for good.", "", n)
                                                 : tr("Not deleted: %1").arg(*failed));
                      });
        }
    });
}

void TrashDialog::emptyTrash() {
    const int n = m_model->rowCount();
    if (n <= 0)
        return;
    confirm(tr("Delete all %n record(s) in the trash for good?", "", n), tr("Empty Trash"), [this] {
        if (!m_database)
            return;
        whenReady(m_database->emptyTrash(m_form.id), this, [this](const Reply<qint64> &r) {
            m_model->refresh(); // an emptied trash answers with a count, not with records
            if (r.ok())
                Q_EMIT purged(m_form.id);
            said(r.ok() ? tr("%n record(s) deleted for good.", "", int(r.value))
                        : tr("The trash was not emptied: %1").arg(r.error.message()));
        });
    });
}

} // namespace fb
