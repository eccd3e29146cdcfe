#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace fb {

// Edit → Preferences: the interface language. A choice takes effect at once and is
// remembered; "System language" follows the desktop's setting at each start.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(int index);

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_note;
};

} // namespace fb
