#include "ChoiceFieldEditor.h"

#include "FormTexts.h"

#include <QComboBox>

namespace fb {

ChoiceFieldEditor::ChoiceFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_combo(new QComboBox(this)) {
    layOut({m_combo}, true);
    m_combo->addItem(QString()); // none chosen
    for (const QString &choice : field.choices)
        m_combo->addItem(QString(), choice); // the stored name; shown in the interface language
    retranslate();
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT edited();
        Q_EMIT committed();
    });
}

QVariant ChoiceFieldEditor::value() const {
    return m_combo->currentIndex() > 0 ? m_combo->currentData() : QVariant();
}

void ChoiceFieldEditor::retranslate() {
    const QStringList names = FormTexts::choices(field());
    for (int i = 0; i < names.size(); ++i)
        m_combo->setItemText(i + 1, names.at(i));
}

void ChoiceFieldEditor::setValue(const QVariant &value) {
    const QString text = value.toString();
    int index = text.isEmpty() ? 0 : m_combo->findData(text);
    if (index < 0) { // a value the choices no longer offer is kept visible
        m_combo->addItem(text, text);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

QWidget *ChoiceFieldEditor::focusTarget() const {
    return m_combo;
}

} // namespace fb
