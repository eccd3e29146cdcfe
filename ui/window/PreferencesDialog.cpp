#include "PreferencesDialog.h"

#include "GrowToFit.h"
#include "InterfaceLanguage.h"
#include "WindowSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fb {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_backups(new QGroupBox(this))
    , m_automatic(new QCheckBox(m_backups))
    , m_placeLabel(new QLabel(m_backups))
    , m_place(new QComboBox(m_backups))
    , m_keepLastLabel(new QLabel(m_backups))
    , m_keepLast(new QSpinBox(m_backups))
    , m_keepWeeksLabel(new QLabel(m_backups))
    , m_keepWeeks(new QSpinBox(m_backups)) {
    setObjectName(u"preferences"_qs);
    m_language->setObjectName(u"language"_qs);
    m_language->addItem(QString(), QString()); // "System language", named by retranslate()
    for (const QString &code : InterfaceLanguage::available())
        m_language->addItem(InterfaceLanguage::nativeName(code), code);
    // The language chosen before; else the one in use, when it is not the system's (fieldbook
    // --lang ar chooses for this run only, and the list must not claim "System language").
    QString shown = WindowSettings().language();
    if (shown.isEmpty() && InterfaceLanguage::current() != InterfaceLanguage::systemDefault())
        shown = InterfaceLanguage::current();
    m_language->setCurrentIndex(qMax(0, m_language->findData(shown)));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents); // names change with the language
    m_languageLabel->setBuddy(m_language);
    m_note->setWordWrap(true);

    m_automatic->setObjectName(u"automaticBackups"_qs);
    m_place->setObjectName(u"backupPlace"_qs);
    m_keepLast->setObjectName(u"keepLastBackups"_qs);
    m_keepWeeks->setObjectName(u"keepWeeklyBackups"_qs);
    const BackupPolicy policy = WindowSettings().backupPolicy();
    m_automatic->setChecked(policy.automatic);
    m_place->addItems({QString(), QString()}); // named by retranslate()
    m_place->setCurrentIndex(policy.place == BackupPolicy::Place::DataFolder ? 1 : 0);
    m_place->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_keepLast->setRange(1, 1000);
    m_keepLast->setValue(policy.keepLast);
    m_keepWeeks->setRange(0, 520);
    m_keepWeeks->setValue(policy.keepWeeks);
    m_placeLabel->setBuddy(m_place);
    m_keepLastLabel->setBuddy(m_keepLast);
    m_keepWeeksLabel->setBuddy(m_keepWeeks);
    auto *backupForm = new QFormLayout(m_backups);
    backupForm->addRow(m_automatic);
    backupForm->addRow(m_placeLabel, m_place);
    backupForm->addRow(m_keepLastLabel, m_keepLast);
    backupForm->addRow(m_keepWeeksLabel, m_keepWeeks);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_backups);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::activated, this, &PreferencesDialog::choose);
    connect(m_automatic, &QCheckBox::toggled, this, &PreferencesDialog::storeBackupPolicy);
    connect(m_place, &QComboBox::activated, this, &PreferencesDialog::storeBackupPolicy);
    connect(m_keepLast, &QSpinBox::valueChanged, this, &PreferencesDialog::storeBackupPolicy);
    connect(m_keepWeeks, &QSpinBox::valueChanged, this, &PreferencesDialog::storeBackupPolicy);
    retranslate();
}

void PreferencesDialog::choose(int index) {
    const QString code = m_language->itemData(index).toString();
    WindowSettings().setLanguage(code);
    InterfaceLanguage::apply(code.isEmpty() ? InterfaceLanguage::systemDefault() : code);
}

void PreferencesDialog::updateSuffixes() {
    //: After the number of backups kept, in a spin box.
    m_keepLast->setSuffix(tr(" backup(s)", nullptr, m_keepLast->value()));
    //: After the number of weeks one backup a week is kept, in a spin box.
    m_keepWeeks->setSuffix(tr(" week(s)", nullptr, m_keepWeeks->value()));
}

void PreferencesDialog::storeBackupPolicy() {
    updateSuffixes();
    WindowSettings settings;
    BackupPolicy policy = settings.backupPolicy();
    policy.automatic = m_automatic->isChecked();
    policy.place = m_place->currentIndex() == 1 ? BackupPolicy::Place::DataFolder
                                                : BackupPolicy::Place::BesideBook;
    policy.keepLast = m_keepLast->value();
    policy.keepWeeks = m_keepWeeks->value();
    settings.setBackupPolicy(policy);
    Q_EMIT backupPolicyChanged(policy); // every field set above, in the ranges the boxes keep
}

void PreferencesDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate() {
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(
        0, tr("System language (%1)")
               .arg(InterfaceLanguage::nativeName(InterfaceLanguage::systemDefault())));
    m_note->setText(tr("The whole window changes language at once. Form texts follow where "
                       "the form gives them in that language."));
    m_backups->setTitle(tr("Backups of books in files"));
    m_automatic->setText(tr("Make &backups automatically: before a form changes, before an "
                            "import, and before the first change of each day"));
    m_placeLabel->setText(tr("Keep &them:"));
    m_place->setItemText(0, tr("In a folder beside the book"));
    m_place->setItemText(1, tr("In my data folder"));
    m_keepLastLabel->setText(tr("Keep the &newest:"));
    updateSuffixes();
    m_keepWeeksLabel->setText(tr("And one a &week for:"));
    growToFit(this);
}

} // namespace fb
