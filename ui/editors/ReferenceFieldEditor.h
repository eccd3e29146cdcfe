#pragma once

#include "FieldEditor.h"
#include "FormDef.h"
#include "Record.h"

#include <QHash>
#include <QPointer>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace fb {

class Database;

// A record of another form, found by typing: each pause asks the database thread for the
// records whose text matches (Database::fetchPage with a search) and offers their names
// (the referenced form's display field).
class ReferenceFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    ReferenceFieldEditor(const FieldDef &field, Database *database, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *focusTarget() const override;

    QCompleter *completer() const { return m_completer; }

protected:
    void retranslate() override;

private:
    void lookUp();
    void pick(const QString &text);
    QString nameOf(const Record &record) const;

    QPointer<Database> m_database;
    FormDef m_target;
    QLineEdit *m_edit;
    QStringListModel *m_suggestions;
    QCompleter *m_completer;
    QTimer *m_typing;
    QHash<QString, qint64> m_idByName;
    qint64 m_id = 0;
    QString m_name; // the text shown for m_id
};

} // namespace fb
