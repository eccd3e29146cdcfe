#include "EmptyBookPanel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

EmptyBookPanel::EmptyBookPanel(QAction *newForm, QAction *newBook, QAction *openBook,
                               QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_newForm(new QPushButton(this))
    , m_newBook(new QPushButton(this))
    , m_openBook(new QPushButton(this)) {
    setObjectName(u"emptyBook"_qs);
    m_newForm->setObjectName(u"emptyBookNewForm"_qs);
    m_newBook->setObjectName(u"emptyBookNewBook"_qs);
    m_openBook->setObjectName(u"emptyBookOpen"_qs);
    m_newBook->hide();
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_newForm->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newForm);
    buttons->addWidget(m_newBook);
    buttons->addWidget(m_openBook);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();
    follow(m_newForm, newForm);
    follow(m_newBook, newBook);
    follow(m_openBook, openBook);
    retranslate();
}

void EmptyBookPanel::setNoBook(bool noBook) {
    if (m_noBook == noBook)
        return;
    m_noBook = noBook;
    m_newForm->setVisible(!noBook);
    m_newBook->setVisible(noBook);
    m_newForm->setDefault(!noBook);
    m_openBook->setDefault(noBook);
    retranslate();
}

QString EmptyBookPanel::title() const {
    return m_title->text();
}

void EmptyBookPanel::follow(QPushButton *button, QAction *action) {
    button->setEnabled(action->isEnabled());
    connect(action, &QAction::changed, button,
            [button, action] { button->setEnabled(action->isEnabled()); });
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
}

void EmptyBookPanel::retranslate() {
    if (m_noBook) {
        m_title->setText(tr("No book is open"));
        m_text->setText(tr("A book holds your forms and their records. Open a book, or create a "
                           "new one to start; File → Recent Books lists the books used lately."));
    } else {
        m_title->setText(tr("This book has no forms yet"));
        m_text->setText(tr("A form says which fields each record has. Create one to start "
                           "entering records, or open another book that has some."));
    }
    m_newForm->setText(tr("&New Form…"));
    m_newBook->setText(tr("&New Book…"));
    m_openBook->setText(tr("Open &Book…"));
}

void EmptyBookPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace fb
