#include "NumberFieldEditor.h"

#include "LocaleNumber.h"

#include <QLineEdit>

namespace fb {

NumberFieldEditor::NumberFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this)) {
    layOut({m_edit}, true);
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(u'0') * 28);
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, &FieldEditor::committed);
    retranslate();
}

void NumberFieldEditor::retranslate() {
    m_edit->setPlaceholderText(field().type == FieldType::Integer
                                   ? tr("Whole number")
                                   : tr("Number, %Ln decimal place(s)", nullptr, field().places));
}

void NumberFieldEditor::relocalise(const QLocale &before) {
    // A number is shown again in the new locale; text that is no number stays as typed.
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return;
    if (field().type == FieldType::Integer) {
        if (const auto n = LocaleNumber::parseInteger(before, text))
            setValue(*n);
    } else if (const auto d = LocaleNumber::parseDecimal(before, text, field().places)) {
        setValue(*d);
    }
}

QVariant NumberFieldEditor::value() const {
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return {};
    if (field().type == FieldType::Integer) {
        if (const auto n = LocaleNumber::parseInteger(locale(), text))
            return *n;
    } else if (const auto d = LocaleNumber::parseDecimal(locale(), text, field().places)) {
        return *d;
    } else {
        // In C notation, so that the validator judges the number the person wrote (too many
        // places, too many digits) and never takes "2.5" typed in German for two and a half.
        return LocaleNumber::toCNotation(locale(), text);
    }
    return text; // the validator explains what is wrong with it
}

void NumberFieldEditor::setValue(const QVariant &value) {
    if (value.isNull())
        m_edit->clear();
    else if (field().type == FieldType::Integer)
        m_edit->setText(locale().toString(value.toLongLong()).remove(locale().groupSeparator()));
    else
        m_edit->setText(LocaleNumber::formatDecimal(locale(), value.toString()));
}

QWidget *NumberFieldEditor::focusTarget() const {
    return m_edit;
}

} // namespace fb
