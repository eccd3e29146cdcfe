#include "MultiChoiceFieldEditor.h"

#include "FormTexts.h"

#include <QListWidget>

namespace fb {

MultiChoiceFieldEditor::MultiChoiceFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_list(new QListWidget(this)) {
    layOut({m_list});
    for (const QString &choice : field.choices) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, choice); // the stored name; shown in the interface language
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    retranslate();
    const int rows = std::clamp(int(field.choices.size()), 2, 6);
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth() + 4);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        Q_EMIT edited();
        Q_EMIT committed();
    });
}

QVariant MultiChoiceFieldEditor::value() const {
    QStringList picked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            picked << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return picked.isEmpty() ? QVariant() : QVariant(picked);
}

void MultiChoiceFieldEditor::setValue(const QVariant &value) {
    const QStringList picked = value.toStringList();
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(picked.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
}

void MultiChoiceFieldEditor::retranslate() {
    const QStringList names = FormTexts::choices(field());
    // Renaming items is not a change of the value.
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < names.size() && i < m_list->count(); ++i)
        m_list->item(i)->setText(names.at(i));
}

QWidget *MultiChoiceFieldEditor::focusTarget() const {
    return m_list;
}

} // namespace fb
