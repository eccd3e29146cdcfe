#include "RecordBrowser.h"

#include "RecordTableView.h"

#include "Database.h"
#include "FilterBar.h"
#include "RecordCellDelegate.h"
#include "RecordTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fb {

RecordBrowser::RecordBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new RecordTableModel(this))
    , m_search(new QLineEdit(this))
    , m_unreadable(new QLabel(this))
    , m_filter(new FilterBar(this))
    , m_table(new RecordTableView(this))
    , m_cells(new RecordCellDelegate(m_table))
    , m_typing(new QTimer(this)) {
    setObjectName(u"recordBrowser"_qs);
    m_search->setObjectName(u"search"_qs);
    m_table->setObjectName(u"recordTable"_qs);
    m_search->setClearButtonEnabled(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1, Qt::AlignTop); // beside the first of the filter's rows
    bar->addWidget(m_filter, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_unreadable);
    layout->addWidget(m_table);
    m_unreadable->setObjectName(u"unreadableNotice"_qs);
    m_unreadable->setWordWrap(true);
    m_unreadable->setAutoFillBackground(true);
    m_unreadable->setBackgroundRole(QPalette::ToolTipBase);
    m_unreadable->setForegroundRole(QPalette::ToolTipText);
    m_unreadable->setMargin(m_unreadable->fontMetrics().height() / 3);
    m_unreadable->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // A cell is edited as in a spreadsheet: F2, a double click or typing over it.
    m_table->setItemDelegate(m_cells);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // by id, at first
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(u'0') * 16);

    m_search->setEnabled(false);
    m_filter->setEnabled(false);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &RecordBrowser::applyQuery);
    connect(m_filter, &FilterBar::filtersChanged, this, &RecordBrowser::applyQuery);
    connect(m_model, &RecordTableModel::failed, this, &RecordBrowser::onFailed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1);
            });
    retranslate();
}

void RecordBrowser::retranslate() {
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search records"));
    m_table->setAccessibleName(tr("Records"));
    m_unreadable->setText(tr("Some of these records cannot be read: this part of the book is "
                             "damaged. The notice at the top of the window offers to save what "
                             "can be read into a new book."));
    m_model->retranslate();
}

void RecordBrowser::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordBrowser::setSource(Database *database, const FormDef &form) {
    // The same form, changed (a field added, say): the order stays if its column is still
    // there, so the person finds their place again.
    const bool sameForm = form.id && form.id == m_model->form().id;
    const PageQuery before = m_model->query();
    const QSignalBlocker quiet(m_search);
    m_search->clear();
    // Each form has its own filter, kept for its book.
    const BookSpec spec = database ? database->spec() : BookSpec();
    m_filter->setForm(form,
                      spec.backend == BookSpec::Backend::Sqlite ? spec.path : spec.serverAddress());
    // Nothing to search or filter until a form is chosen.
    m_search->setEnabled(form.id != 0);
    m_filter->setEnabled(form.id != 0);
    int column = -1;
    for (int i = 0; sameForm && i < form.fields.size(); ++i) {
        if (form.fields.at(i).key == before.sortKey)
            column = i;
    }
    {
        // The model still has the old columns: it is sorted once it has the new ones, below.
        const QSignalBlocker quietHeader(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(
            column, column >= 0 && before.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    PageQuery kept;
    kept.filter = m_filter->filter();
    if (column >= 0) {
        kept.sortKey = before.sortKey;
        kept.descending = before.descending;
    }
    m_unreadable->hide();
    m_model->setSource(database, form, kept);
}

void RecordBrowser::onFailed(const DbError &error) {
    // Other failures (a server away, a statement stopped) are said in the status bar and pass;
    // damage stays where it is, so it is said where the rows are missing.
    if (error.kind() == DbError::Kind::Damaged)
        m_unreadable->show();
}

void RecordBrowser::applyQuery() {
    PageQuery q = m_model->query();
    q.search = m_search->text();
    q.filter = m_filter->filter();
    m_unreadable->hide();
    m_model->setQuery(q);
}

int RecordBrowser::currentRow() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RecordBrowser::selectRow(int row) {
    // Moving the selection for the form below is not a request to move it.
    m_selecting = true;
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index =
            m_model->index(row, std::max(0, m_table->currentIndex().column()));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_selecting = false;
}

void RecordBrowser::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace fb
