#pragma once

#include "BookSpec.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fb {

// File → Connect to Server…: where a team book is (host, port, database, user, TLS mode)
// and the password, which is asked for every time and never kept. Given a known server
// (from Recent Books), it asks only for the password.
class ServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerDialog(QWidget *parent = nullptr);

    // Fills the fields from `spec`; with `passwordOnly`, only the password can be typed.
    void setSpec(const BookSpec &spec, bool passwordOnly = false);
    BookSpec spec() const;

    QLineEdit *passwordEdit() const { return m_password; }

    static const QStringList &tlsModes(); // libpq's sslmode values, in the combo's order

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    QLabel *m_intro;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_password;
    QFormLayout *m_layout;
    QDialogButtonBox *m_buttons;
    bool m_passwordOnly = false;
};

} // namespace fb
