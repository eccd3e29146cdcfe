#include "FormListPanel.h"

#include "Database.h"
#include "FormTexts.h"
#include "WhenReady.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fb {

FormListPanel::FormListPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_recount(new QTimer(this)) {
    setObjectName(u"formList"_qs);
    m_list->setObjectName(u"forms"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    m_title->setBuddy(m_list);
    m_recount->setSingleShot(true);
    m_recount->setInterval(300);
    connect(m_recount, &QTimer::timeout, this, &FormListPanel::countAll);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_quiet && currentFormId())
            Q_EMIT formPicked(currentFormId());
    });
    retranslate();
}

void FormListPanel::retranslate() {
    m_title->setText(tr("For&ms"));
    m_list->setAccessibleName(tr("Forms"));
    updateTexts();
}

void FormListPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FormListPanel::setDatabase(Database *database) {
    if (m_database)
        disconnect(m_database, nullptr, m_recount, nullptr);
    m_database = database;
    m_counts.clear();
    if (database) {
        connect(database, &Database::recordWritten, m_recount, qOverload<>(&QTimer::start));
        connect(database, &Database::changedElsewhere, m_recount, qOverload<>(&QTimer::start));
    }
    reload();
}

void FormListPanel::reload() {
    const qint64 current = currentFormId();
    m_quiet = true;
    m_list->clear();
    if (m_database) {
        for (const FormDef &form : m_database->forms()) {
            auto *item = new QListWidgetItem(m_list);
            item->setData(Qt::UserRole, form.id);
            item->setData(Qt::UserRole + 1, QVariant::fromValue(form));
        }
    }
    setCurrentFormId(current);
    m_quiet = false;
    updateTexts();
    countAll();
}

void FormListPanel::countAll() {
    if (!m_database)
        return;
    for (const FormDef &form : m_database->forms()) {
        whenReady(m_database->countRecords(form, {}), this,
                  [this, id = form.id](const Reply<qint64> &r) {
                      if (r.ok())
                          m_counts.insert(id, r.value);
                      updateTexts();
                  });
    }
}

void FormListPanel::updateTexts() {
    const QLocale locale;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString name = FormTexts::formName(item->data(Qt::UserRole + 1).value<FormDef>());
        const qint64 count = m_counts.value(item->data(Qt::UserRole).toLongLong(), -1);
        item->setText(
            count < 0
                ? name
                : tr("%1 (%2)", "form name and record count").arg(name, locale.toString(count)));
        item->setToolTip(count < 0 ? QString() : tr("%Ln record(s)", nullptr, int(count)));
    }
}

qint64 FormListPanel::currentFormId() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void FormListPanel::setCurrentFormId(qint64 id) {
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    m_list->setCurrentRow(-1);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
    }
    m_quiet = wasQuiet;
}

} // namespace fb
