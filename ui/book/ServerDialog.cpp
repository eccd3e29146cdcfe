#include "ServerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fb {

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_layout(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"serverDialog"_qs);
    m_host->setObjectName(u"host"_qs);
    m_port->setObjectName(u"port"_qs);
    m_database->setObjectName(u"database"_qs);
    m_user->setObjectName(u"user"_qs);
    m_tls->setObjectName(u"tls"_qs);
    m_password->setObjectName(u"password"_qs);
    m_intro->setWordWrap(true);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    for (int i = 0; i < tlsModes().size(); ++i)
        m_tls->addItem(QString());
    m_tls->setCurrentIndex(1); // prefer: libpq's own default
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_tls, m_password}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_layout->addRow(label, field);
    }
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_intro);
    outer->addLayout(m_layout);
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updateOk);
    retranslate();
    updateOk();
}

const QStringList &ServerDialog::tlsModes() {
    static const QStringList modes{u"disable"_qs, u"prefer"_qs, u"require"_qs, u"verify-ca"_qs,
                                   u"verify-full"_qs};
    return modes;
}

void ServerDialog::setSpec(const BookSpec &spec, bool passwordOnly) {
    m_passwordOnly = passwordOnly;
    m_host->setText(spec.host);
    m_port->setValue(spec.port);
    m_database->setText(spec.database);
    m_user->setText(spec.user);
    for (const QString &option : spec.options.split(u' ', Qt::SkipEmptyParts)) {
        if (option.startsWith(u"sslmode="_qs)) {
            const qsizetype mode = tlsModes().indexOf(option.mid(8));
            if (mode >= 0)
                m_tls->setCurrentIndex(int(mode));
        }
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_tls})
        w->setEnabled(!passwordOnly);
    if (passwordOnly)
        m_password->setFocus();
    retranslate();
}

BookSpec ServerDialog::spec() const {
    BookSpec spec;
    spec.backend = BookSpec::Backend::Postgres;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.database = m_database->text().trimmed();
    spec.user = m_user->text().trimmed();
    spec.password = m_password->text();
    spec.options = u"sslmode="_qs + tlsModes().value(m_tls->currentIndex());
    return spec;
}

void ServerDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() &&
                     !m_database->text().trimmed().isEmpty() &&
                     !m_user->text().trimmed().isEmpty());
}

void ServerDialog::retranslate() {
    setWindowTitle(tr("Connect to Server"));
    m_intro->setText(
        m_passwordOnly
            ? tr("The password of %1 for the book %2:").arg(m_user->text(), spec().displayName())
            : tr("A team book on a PostgreSQL server. The password is not remembered."));
    const QStringList labels{tr("&Host:"),
                             tr("&Port:"),
                             tr("&Database:"),
                             tr("&User name:"),
                             tr("&Encryption:", "TLS mode of the connection"),
                             tr("Pass&word:")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto *label =
                qobject_cast<QLabel *>(m_layout->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels[row]);
    }
    const QStringList tls{tr("Disable: never encrypt", "TLS mode"),
                          tr("Prefer: encrypt when the server can", "TLS mode"),
                          tr("Require: always encrypt", "TLS mode"),
                          tr("Verify CA: encrypt and check the server's certificate", "TLS mode"),
                          tr("Verify full: also check the server's name", "TLS mode")};
    for (int i = 0; i < tls.size(); ++i)
        m_tls->setItemText(i, tls[i]);
}

void ServerDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace fb
