#pragma once

#include <QDialog>

class QTextBrowser;

namespace fb {

// Help → Handbook: the installed handbook in a browser of its own (links between its pages
// stay inside; links to the web open in the desktop's browser). Not modal: it can stay open
// beside the window. A language switch shows the handbook in the new language, where there
// is one (Handbook::indexPath()).
class HandbookDialog : public QDialog {
    Q_OBJECT
public:
    // Shows `indexPath` (Handbook::indexPath()).
    explicit HandbookDialog(const QString &indexPath, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser;
};

} // namespace fb
