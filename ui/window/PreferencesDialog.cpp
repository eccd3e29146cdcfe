#include "PreferencesDialog.h"

#include "GrowToFit.h"
#include "InterfaceLanguage.h"
#include "WindowSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fb {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this)) {
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

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::activated, this, &PreferencesDialog::choose);
    retranslate();
}

void PreferencesDialog::choose(int index) {
    const QString code = m_language->itemData(index).toString();
    WindowSettings().setLanguage(code);
    InterfaceLanguage::apply(code.isEmpty() ? InterfaceLanguage::systemDefault() : code);
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
    growToFit(this);
}

} // namespace fb
