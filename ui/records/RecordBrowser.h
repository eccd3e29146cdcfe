#pragma once

#include "DbError.h"
#include "FormDef.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace fb {

class Database;
class FilterBar;
class RecordCellDelegate;
class RecordTableModel;

// The records of a form as a table: a search box, a filter and the paged table.
class RecordBrowser : public QWidget {
    Q_OBJECT
public:
    explicit RecordBrowser(QWidget *parent = nullptr);

    void setSource(Database *database, const FormDef &form);
    RecordTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RecordCellDelegate *cellDelegate() const { return m_cells; }
    QLineEdit *searchBox() const { return m_search; }
    int currentRow() const;
    void selectRow(int row); // -1 clears the selection
    void focusSearch();

Q_SIGNALS:
    void currentRowChanged(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyQuery();
    void onFailed(const DbError &error);

    RecordTableModel *m_model;
    QLineEdit *m_search;
    // Says that rows of the table could not be read (a damaged book), where they would be.
    QLabel *m_unreadable;
    FilterBar *m_filter;
    QTableView *m_table;
    RecordCellDelegate *m_cells;
    QTimer *m_typing;
    bool m_selecting = false;
};

} // namespace fb
