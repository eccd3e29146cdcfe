#pragma once

#include "DbError.h"

#include <QStyledItemDelegate>

#include <functional>

namespace fb {

class FieldEditor;

// Edits a cell of the record table (RecordTableModel) with the editor the record form has
// for the field (FieldEditorFactory), and checks the value with fb::Validator before the
// model takes it: an invalid value keeps the editor open, the reason in its tooltip and in
// refused(). Enter or Return takes the value, Tab and Shift+Tab take it and edit the next or
// previous cell, Esc puts the cell back as it was; leaving the cell takes a valid value.
// Lives in the GUI thread.
class RecordCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit RecordCellDelegate(QObject *parent = nullptr);

    // Asked before an editor opens; false leaves the cell as it is (the guard says why).
    void setGuard(std::function<bool()> mayEdit) { m_mayEdit = std::move(mayEdit); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

Q_SIGNALS:
    void refused(const fb::DbError &error); // an invalid value was not taken

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
    // A value with no right-to-left letter (a phone number, an email, a Latin name) reads left
    // to right also in a right-to-left table, "+49 30 1234" and not "1234 30 49+", and keeps
    // the column's alignment; it is cut short at its end.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // The value in the interface's rules: null if it is invalid (said at the editor).
    std::optional<QVariant> checked(FieldEditor *editor) const;
    // Takes the value (if valid) and closes the editor with `hint`.
    void finish(FieldEditor *editor, EndEditHint hint);
    // The focus went away from `editor`: takes the value (if valid) and closes it.
    void left(FieldEditor *editor);

    std::function<bool()> m_mayEdit;
};

} // namespace fb
