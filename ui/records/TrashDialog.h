#pragma once

#include "FormDef.h"
#include "Record.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace fb {

class Database;
class RecordTableModel;

// The records of a form that were moved to the trash (PageQuery::trash), paged like the main
// table, with when each was deleted; the selected ones can be restored or deleted for good,
// and the trash emptied.
class TrashDialog : public QDialog {
    Q_OBJECT
public:
    TrashDialog(Database *database, const FormDef &form, QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void restoreSelected();
    // Both ask first (a window-modal question, no nested loop), then delete for good.
    void purgeSelected();
    void emptyTrash();

Q_SIGNALS:
    // `record` is out of the trash (committed), for the window's undo history.
    void restored(qint64 formId, const fb::Record &record);
    // Records of `formId` were deleted for good (some, or the whole trash).
    void purged(qint64 formId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void fitColumns();
    void confirm(const QString &question, const QString &action, std::function<void()> then);
    void said(const QString &text);

    QPointer<Database> m_database;
    FormDef m_form;
    RecordTableModel *m_model;
    QLabel *m_intro;
    QLabel *m_nothing; // says the trash is empty, rather than showing an empty table alone
    QTableView *m_table;
    QDialogButtonBox *m_buttons;
    QPushButton *m_restore;
    QPushButton *m_purge;
    QPushButton *m_empty;
};

} // namespace fb
