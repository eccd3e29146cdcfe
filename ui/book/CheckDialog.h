#pragma once

#include "CheckReport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fb {

// What File → Check Book… found: a line that sums it up, then each problem with where it is
// (form, record, field) and what is wrong, in the interface language. Repair… is offered when
// a repair mends everything found and the book can be written; Save Report… writes the report
// as text. Opened with open(): no nested event loop.
class CheckDialog : public QDialog {
    Q_OBJECT
public:
    // `reportPath` is where Save Report… suggests the text goes.
    // `book` names the book in a saved report.
    CheckDialog(const CheckReport &report, const QList<FormDef> &forms, bool canRepair,
                const QString &book, const QString &reportPath, QWidget *parent);

    // After a repair: the check made afterwards, and where the backup made before it is.
    void showRepaired(const CheckReport &report);

Q_SIGNALS:
    // The person asked for a repair and said yes to it.
    void repairChosen();
    // Save Report… wrote the report to `path`.
    void reportSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void confirmRepair();
    void saveReport();
    void writeReport(const QString &path);
    void retranslate();

    CheckReport m_report;
    QList<FormDef> m_forms;
    bool m_canRepair;
    bool m_repaired = false;
    QString m_book;
    QString m_reportPath;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_repair;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace fb
