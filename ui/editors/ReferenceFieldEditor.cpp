#include "ReferenceFieldEditor.h"

#include "Database.h"
#include "DisplayText.h"
#include "FormTexts.h"
#include "WhenReady.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>

namespace fb {

ReferenceFieldEditor::ReferenceFieldEditor(const FieldDef &field, Database *database,
                                           QWidget *parent)
    : FieldEditor(field, parent)
    , m_database(database)
    , m_edit(new QLineEdit(this))
    , m_suggestions(new QStringListModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
    , m_typing(new QTimer(this)) {
    if (database) {
        if (const auto target = database->form(field.referenceFormId))
            m_target = *target;
    }
    layOut({m_edit});
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_edit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &ReferenceFieldEditor::lookUp);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &ReferenceFieldEditor::pick);
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        pick(m_edit->text());
        Q_EMIT committed();
    });
    retranslate();
}

void ReferenceFieldEditor::retranslate() {
    m_edit->setPlaceholderText(
        m_target.id ? tr("Type to find a record of %1").arg(FormTexts::formName(m_target))
                    : tr("The referenced form is missing"));
}

QString ReferenceFieldEditor::nameOf(const Record &record) const {
    const FieldDef *shown = m_target.field(m_target.displayField);
    if (!shown && !m_target.fields.isEmpty())
        shown = &m_target.fields.front();
    const QString name =
        shown ? DisplayText::of(*shown, record.values.value(shown->key), locale()) : QString();
    return name.isEmpty() ? tr("Record %1").arg(record.id) : name;
}

void ReferenceFieldEditor::lookUp() {
    if (!m_database || !m_target.id)
        return;
    PageQuery query;
    query.search = m_edit->text();
    query.limit = 20;
    if (m_target.field(m_target.displayField))
        query.sortKey = m_target.displayField;
    whenReady(m_database->fetchPage(m_target, query), this, [this](const Reply<RecordPage> &reply) {
        if (!reply.ok())
            return;
        QStringList names;
        for (const Record &r : reply.value.records) {
            QString name = nameOf(r);
            if (m_idByName.value(name, r.id) != r.id)
                name = tr("%1 (record %2)").arg(name).arg(r.id); // two records of one name
            m_idByName.insert(name, r.id);
            names << name;
        }
        m_suggestions->setStringList(names);
        if (m_edit->hasFocus())
            m_completer->complete();
    });
}

void ReferenceFieldEditor::pick(const QString &text) {
    const auto it = m_idByName.constFind(text);
    if (it == m_idByName.cend())
        return;
    m_id = it.value();
    m_name = text;
    if (m_edit->text() != text)
        m_edit->setText(text);
    Q_EMIT edited();
}

QVariant ReferenceFieldEditor::value() const {
    const QString text = m_edit->text();
    if (text.isEmpty())
        return {};
    if (m_id && text == m_name)
        return m_id;
    return text; // the validator says it must refer to a record
}

void ReferenceFieldEditor::setValue(const QVariant &value) {
    m_id = value.isNull() ? 0 : value.toLongLong();
    m_name = m_id ? tr("Record %1").arg(m_id) : QString();
    m_edit->setText(m_name);
    if (!m_id || !m_database || !m_target.id)
        return;
    const qint64 id = m_id;
    whenReady(m_database->fetchRecord(m_target, id), this, [this, id](const Reply<Record> &reply) {
        if (!reply.ok() || m_id != id || m_edit->text() != m_name)
            return;                         // the person has typed meanwhile
        const QSignalBlocker quiet(m_edit); // the same value, better named
        m_name = nameOf(reply.value);
        m_idByName.insert(m_name, id);
        m_edit->setText(m_name);
    });
}

QWidget *ReferenceFieldEditor::focusTarget() const {
    return m_edit;
}

} // namespace fb
