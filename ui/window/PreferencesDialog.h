#pragma once

#include "Backups.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace fb {

// Edit → Preferences: the interface language and the backups of file books. A choice takes
// effect at once and is remembered; "System language" follows the desktop's setting at each
// start.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

Q_SIGNALS:
    void backupPolicyChanged(const fb::BackupPolicy &policy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(int index);
    void storeBackupPolicy();
    void updateSuffixes();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_note;
    QGroupBox *m_backups;
    QCheckBox *m_automatic;
    QLabel *m_placeLabel;
    QComboBox *m_place;
    QLabel *m_keepLastLabel;
    QSpinBox *m_keepLast;
    QLabel *m_keepWeeksLabel;
    QSpinBox *m_keepWeeks;
};

} // namespace fb
