#include "TrashDialog.h"

#include "Database.h"
#include "FormTexts.h"
#include "RecordTableModel.h"
#include "WhenReady.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fb {

TrashDialog::TrashDialog(Database *database, const FormDef &form, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_form(form)
    , m_model(new RecordTableModel(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_restore(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole)) {
    setObjectName(u"trashDialog"_qs);
    m_restore->setObjectName(u"restore"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    m_intro->setWordWrap(true);
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
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrashDialog::updateButtons);
    connect(m_model, &RecordTableModel::modelReset, this, &TrashDialog::updateButtons);
    resize(700, 400);
    retranslate();
    updateButtons();
}

void TrashDialog::retranslate() {
    const QString name = FormTexts::formName(m_form);
    setWindowTitle(tr("Trash — %1").arg(name));
    m_intro->setText(
        tr("Records of “%1” that were deleted. Select some and restore them.").arg(name));
    m_restore->setText(tr("&Restore"));
    m_table->setAccessibleName(tr("Deleted records"));
    m_model->retranslate();
}

void TrashDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TrashDialog::updateButtons() {
    m_restore->setEnabled(m_table->selectionModel()->hasSelection());
}

void TrashDialog::restoreSelected() {
    if (!m_database)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QVariant id = m_model->data(index, RecordTableModel::RecordIdRole);
        if (id.isNull())
            continue; // not loaded yet
        whenReady(m_database->restoreRecord(m_form.id, id.toLongLong()), this,
                  [this](const Reply<SavedRecord> &r) {
                      if (!r.ok())
                          m_intro->setText(tr("Not restored: %1").arg(r.error.message()));
                  });
    }
}

} // namespace fb
