#pragma once

#include "FormDef.h"

#include <QDialog>
#include <QVariantMap>

class QButtonGroup;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;

namespace fb {

// Someone else saved the record first: shows, field by field, the values typed here ("mine")
// next to the stored ones ("theirs"), only where they differ, and lets the person choose a
// side for each. A field only they changed starts on their side, one typed here on mine.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    // `before`: the values the edits started from; `mine`: as typed; `theirs`: as stored now.
    ConflictDialog(const FormDef &form, const QVariantMap &before, const QVariantMap &mine,
                   const QVariantMap &theirs, QWidget *parent = nullptr);

    QStringList differingKeys() const { return m_keys; }
    // The stored values with the fields chosen from "mine" replaced.
    QVariantMap merged() const;
    void chooseAll(bool mine);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QLabel *label;
        QRadioButton *mine;
        QRadioButton *theirs;
    };
    void retranslate();

    FormDef m_form;
    QVariantMap m_mine;
    QVariantMap m_theirs;
    QStringList m_keys;
    QList<Row> m_rows;
    QLabel *m_intro;
    QLabel *m_mineHeader;
    QLabel *m_theirsHeader;
    QPushButton *m_allMine;
    QPushButton *m_allTheirs;
    QDialogButtonBox *m_buttons;
};

} // namespace fb
