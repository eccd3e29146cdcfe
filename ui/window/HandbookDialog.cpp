#include "HandbookDialog.h"

#include "Handbook.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace fb {

HandbookDialog::HandbookDialog(const QString &indexPath, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(u"handbook"_qs);
    m_browser->setObjectName(u"handbookText"_qs);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl::fromLocalFile(indexPath));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 640);
    retranslate();
}

void HandbookDialog::retranslate() {
    setWindowTitle(tr("Fieldbook Handbook"));
    m_browser->setAccessibleName(tr("Handbook"));
}

void HandbookDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The handbook in the new language, where it is written in it.
        if (const QString page = Handbook::indexPath();
            !page.isEmpty() && QUrl::fromLocalFile(page) != m_browser->source())
            m_browser->setSource(QUrl::fromLocalFile(page));
    }
    QDialog::changeEvent(event);
}

} // namespace fb
