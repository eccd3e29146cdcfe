#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace fb {

// What the window shows in place of the records while the book has no form yet, or while no
// book is open at all: what to do first, with buttons for it. The buttons do what their
// actions do, and are enabled with them (a read-only book cannot get a form).
class EmptyBookPanel : public QWidget {
    Q_OBJECT
public:
    EmptyBookPanel(QAction *newForm, QAction *newBook, QAction *openBook,
                   QWidget *parent = nullptr);

    // No book open: says to open one or create one, instead of creating a form.
    void setNoBook(bool noBook);
    bool isNoBook() const { return m_noBook; }

    QPushButton *newFormButton() const { return m_newForm; }
    QPushButton *newBookButton() const { return m_newBook; }
    QPushButton *openBookButton() const { return m_openBook; }
    QString title() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void follow(QPushButton *button, QAction *action);

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_newForm;
    QPushButton *m_newBook;
    QPushButton *m_openBook;
    bool m_noBook = false;
};

} // namespace fb
