#include "MultiChoiceFieldEditor.h"

#include <QListWidget>

namespace fb {

MultiChoiceFieldEditor::MultiChoiceFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_list(new QListWidget(this)) {
    layOut({m_list});
    for (const QString &choice : field.choices) {
        auto *item = new QListWidgetItem(choice, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
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
            picked << m_list->item(i)->text();
    }
    return picked.isEmpty() ? QVariant() : QVariant(picked);
}

void MultiChoiceFieldEditor::setValue(const QVariant &value) {
    const QStringList picked = value.toStringList();
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(picked.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

QWidget *MultiChoiceFieldEditor::focusTarget() const {
    return m_list;
}

} // namespace fb
