#pragma once

#include "FormDef.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace fb {

class Database;
class RecordTableModel;

// The records of a form that were moved to the trash (PageQuery::trash), paged like the main
// table; the selected ones can be restored.
class TrashDialog : public QDialog {
    Q_OBJECT
public:
    TrashDialog(Database *database, const FormDef &form, QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void restoreSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QPointer<Database> m_database;
    FormDef m_form;
    RecordTableModel *m_model;
    QLabel *m_intro;
    QTableView *m_table;
    QDialogButtonBox *m_buttons;
    QPushButton *m_restore;
};

} // namespace fb
