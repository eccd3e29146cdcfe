#include "FieldEditor.h"

#include "FormTexts.h"

#include <QEvent>
#include <QHBoxLayout>

namespace fb {

FieldEditor::FieldEditor(const FieldDef &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field) {
    setObjectName(u"field_"_qs + field.key);
}

FieldEditor::~FieldEditor() {
    // The child widgets outlive this part of the object: their last signals (a line edit
    // losing the focus as it is destroyed) must not reach an editor that is no longer one.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void FieldEditor::setAccessibleLabel(const QString &label) {
    focusTarget()->setAccessibleName(label);
    const QString help = FormTexts::help(m_field);
    focusTarget()->setAccessibleDescription(help);
    focusTarget()->setToolTip(help);
}

void FieldEditor::layOut(std::initializer_list<QWidget *> widgets, bool stretch) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    if (stretch)
        layout->addStretch();
    setFocusProxy(*widgets.begin());
}

void FieldEditor::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        // A widget keeps the default locale it was made with; the language switch set a new
        // one (InterfaceLanguage::apply), which the record table already uses.
        const QLocale before = locale();
        if (before != QLocale()) {
            setLocale(QLocale());
            relocalise(before);
        }
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace fb
