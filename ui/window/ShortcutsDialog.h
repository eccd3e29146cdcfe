#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QMenu;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace fb {

// Help → Keyboard Shortcuts: every key of the main window's actions, menu by menu. The list is
// read from the actions themselves each time they change (a language switch renames them), so
// it cannot go stale.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The keys given for the action named `text` (as listed, without its mnemonic), or empty.
    QString keysOf(const QString &text) const;

    // "&Save…" as a list shows it: "Save".
    static QString plainText(const QString &menuText);
    // `keys` as the list shows them: left to right, also in a right-to-left language.
    static QString keyText(const QString &keys);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    QTreeWidgetItem *addGroup(const QString &title); // a bold heading, not selectable
    void follow(QMenu *menu);

    QList<QPointer<QMenu>> m_menus;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QTimer *m_rebuild; // many actions change at once: the list is rebuilt once after them
};

} // namespace fb
