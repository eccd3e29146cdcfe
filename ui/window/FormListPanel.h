#pragma once

#include "FormDef.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace fb {

class Database;

// The book's forms with their record counts. Counts are asked of the database thread
// (Database::countRecords) and arrive when they arrive; the list never waits for them.
class FormListPanel : public QWidget {
    Q_OBJECT
public:
    explicit FormListPanel(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    // Shows the database's forms, keeping the current one when it is still there.
    void reload();
    qint64 currentFormId() const;
    void setCurrentFormId(qint64 id); // without emitting formPicked
    QListWidget *list() const { return m_list; }
    qint64 countOf(qint64 formId) const { return m_counts.value(formId, -1); }

Q_SIGNALS:
    void formPicked(qint64 formId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void countAll();
    void updateTexts();

    QPointer<Database> m_database;
    QLabel *m_title;
    QListWidget *m_list;
    QTimer *m_recount;
    QHash<qint64, qint64> m_counts;
    bool m_quiet = false;
};

} // namespace fb
