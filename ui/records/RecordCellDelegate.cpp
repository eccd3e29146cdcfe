#include "RecordCellDelegate.h"

#include "Database.h"
#include "FieldEditor.h"
#include "FieldEditorFactory.h"
#include "FormTexts.h"
#include "RecordTableModel.h"
#include "Validator.h"

#include <QApplication>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QPointer>
#include <QStyle>
#include <QToolTip>

namespace fb {

namespace {
FieldEditor *editorOf(QObject *object) {
    for (QObject *o = object; o; o = o->parent()) {
        if (auto *editor = qobject_cast<FieldEditor *>(o))
            return editor;
        if (o->isWidgetType() && static_cast<QWidget *>(o)->isWindow())
            return nullptr;
    }
    return nullptr;
}
} // namespace

RecordCellDelegate::RecordCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QWidget *RecordCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const {
    Q_UNUSED(option)
    const auto *model = qobject_cast<const RecordTableModel *>(index.model());
    if (!model || index.column() >= model->form().fields.size() || (m_mayEdit && !m_mayEdit()))
        return nullptr;
    const FieldDef &field = model->form().fields.at(index.column());
    FieldEditor *editor = FieldEditorFactory::create(field, model->database(), parent);
    // In the locale the table shows: the window keeps the one it was made with.
    editor->setLocale(QLocale());
    editor->setAccessibleLabel(FormTexts::label(field));
    editor->setAutoFillBackground(true); // the cell's text does not show through
    // The view filters the editor's own events; keys and focus go to the widget inside.
    editor->focusTarget()->installEventFilter(const_cast<RecordCellDelegate *>(this));
    return editor;
}

void RecordCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (auto *fieldEditor = qobject_cast<FieldEditor *>(editor))
        fieldEditor->setValue(index.data(Qt::EditRole));
}

void RecordCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const {
    auto *fieldEditor = qobject_cast<FieldEditor *>(editor);
    if (!fieldEditor)
        return;
    // The view also takes the value when the current cell moves: it is checked then too.
    if (const std::optional<QVariant> value = checked(fieldEditor))
        model->setData(index, *value, Qt::EditRole);
}

void RecordCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const {
    Q_UNUSED(index)
    editor->setGeometry(option.rect);
}

std::optional<QVariant> RecordCellDelegate::checked(FieldEditor *editor) const {
    const FieldDef &field = editor->field();
    const Validator::Result r =
        Validator::validate(field, editor->value(), FormTexts::label(field));
    QWidget *target = editor->focusTarget();
    if (!r.error.isError()) {
        target->setToolTip(FormTexts::help(field));
        return r.value;
    }
    const QString message = r.error.message();
    target->setToolTip(message);
    target->setAccessibleDescription(message);
    if (target->isVisible())
        QToolTip::showText(target->mapToGlobal(QPoint(0, target->height())), message, target);
    Q_EMIT const_cast<RecordCellDelegate *>(this)->refused(r.error);
    return std::nullopt;
}

void RecordCellDelegate::finish(FieldEditor *editor, EndEditHint hint) {
    if (hint != RevertModelCache) {
        if (!checked(editor))
            return; // stays open, saying why
        Q_EMIT commitData(editor);
    }
    QToolTip::hideText();
    // Closing moves the focus away from it: that is no leaving the cell.
    editor->focusTarget()->removeEventFilter(this);
    Q_EMIT closeEditor(editor, hint);
}

void RecordCellDelegate::left(FieldEditor *editor) {
    // Only an editor still open and still without the focus has been left: the view itself
    // closes editors (the current cell moved), after which there is nothing to do.
    if (!editor->isVisible() || editor->isAncestorOf(QApplication::focusWidget()) ||
        QApplication::activePopupWidget())
        return;
    // For another cell or widget: a valid value is taken, an invalid one is not.
    if (checked(editor))
        Q_EMIT commitData(editor);
    editor->focusTarget()->removeEventFilter(this);
    Q_EMIT closeEditor(editor, NoHint);
}

void RecordCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->direction != Qt::RightToLeft || option->text.isEmpty() ||
        option->text.isRightToLeft())
        return;
    option->displayAlignment =
        QStyle::visualAlignment(Qt::RightToLeft, option->displayAlignment) | Qt::AlignAbsolute;
    option->direction = Qt::LeftToRight;
}

bool RecordCellDelegate::eventFilter(QObject *object, QEvent *event) {
    FieldEditor *editor = editorOf(object);
    if (!editor || object == editor) // the editor itself: its focus target has the keys
        return editor ? false : QStyledItemDelegate::eventFilter(object, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Esc is the window's Revert and Delete its Move to Trash: in a cell they are the
        // cell's.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter ||
            key == Qt::Key_Delete) {
            event->accept();
            return true;
        }
        return false;
    }
    case QEvent::KeyPress: {
        const auto *press = static_cast<QKeyEvent *>(event);
        switch (press->key()) {
        case Qt::Key_Escape:
            finish(editor, RevertModelCache);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            finish(editor, SubmitModelCache);
            return true;
        case Qt::Key_Tab:
            if (press->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
                return false;
            finish(editor,
                   (press->modifiers() & Qt::ShiftModifier) ? EditPreviousItem : EditNextItem);
            return true;
        case Qt::Key_Backtab:
            finish(editor, EditPreviousItem);
            return true;
        default:
            return false;
        }
    }
    case QEvent::FocusOut: {
        // A popup of the editor's (a calendar, a list of choices) or another window taking
        // the focus is no leaving the cell.
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::PopupFocusReason || reason == Qt::ActiveWindowFocusReason)
            return false;
        // Once the focus has settled: the view may be closing the editor itself.
        QMetaObject::invokeMethod(
            this,
            [this, editor = QPointer<FieldEditor>(editor)] {
                if (editor)
                    left(editor);
            },
            Qt::QueuedConnection);
        return false;
    }
    default:
        return false;
    }
}

} // namespace fb
