#include "ShortcutsDialog.h"

#include "GrowToFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace fb {

ShortcutsDialog::ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_rebuild(new QTimer(this)) {
    setObjectName(u"shortcuts"_qs);
    m_list->setObjectName(u"shortcutList"_qs);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);
    m_intro->setBuddy(m_list);
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(0);
    connect(m_rebuild, &QTimer::timeout, this, &ShortcutsDialog::rebuild);
    for (QMenu *menu : menus)
        follow(menu);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 600);
    retranslate();
    rebuild();
}

void ShortcutsDialog::follow(QMenu *menu) {
    m_menus.append(menu);
    connect(menu->menuAction(), &QAction::changed, m_rebuild, qOverload<>(&QTimer::start));
    for (QAction *action : menu->actions()) {
        connect(action, &QAction::changed, m_rebuild, qOverload<>(&QTimer::start));
        if (action->menu())
            follow(action->menu());
    }
}

QString ShortcutsDialog::keyText(const QString &keys) {
    // Key names read left to right in every language: in a right-to-left list, "Alt+Left,
    // PgUp" would otherwise come out in pieces and reversed.
    if (QGuiApplication::layoutDirection() == Qt::RightToLeft)
        return QChar(0x202A) + keys + QChar(0x202C); // left-to-right embedding … pop
    return keys;
}

QString ShortcutsDialog::plainText(const QString &menuText) {
    QString plain;
    for (qsizetype i = 0; i < menuText.size(); ++i) {
        if (menuText.at(i) == u'&' && i + 1 < menuText.size()) {
            ++i; // "&&" is a literal ampersand; "&x" marks the mnemonic x
            if (menuText.at(i) != u'&') {
                plain += menuText.at(i);
                continue;
            }
        }
        plain += menuText.at(i);
    }
    plain = plain.trimmed();
    if (plain.endsWith(u'…'))
        plain.chop(1);
    else if (plain.endsWith(u"..."_qs))
        plain.chop(3);
    return plain;
}

QTreeWidgetItem *ShortcutsDialog::addGroup(const QString &title) {
    auto *group = new QTreeWidgetItem(m_list, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFlags(Qt::ItemIsEnabled);
    return group;
}

void ShortcutsDialog::rebuild() {
    m_list->clear();
    for (const QPointer<QMenu> &menu : std::as_const(m_menus)) {
        if (!menu)
            continue;
        QTreeWidgetItem *group = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->menu() || action->shortcuts().isEmpty())
                continue;
            if (!group)
                group = addGroup(plainText(menu->title()));
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            // The icon text: "Undo", not the menu's "Undo Delete “c0”".
            auto *item = new QTreeWidgetItem(
                group, {plainText(action->iconText()), keyText(keys.join(u", "))});
            item->setData(0, Qt::UserRole, action->objectName());
        }
    }
    // Keys that belong to no menu: the table's and the form's own.
    QTreeWidgetItem *group = addGroup(tr("In the Table and the Form"));
    const auto keyName = [](QKeySequence key) { return key.toString(QKeySequence::NativeText); };
    const QList<QStringList> others{
        {tr("Edit the selected cell"), keyName(Qt::Key_F2)},
        {tr("Save the cell being edited"), keyName(Qt::Key_Return)},
        {tr("Leave the cell unchanged"), keyName(Qt::Key_Escape)},
        {tr("Next field or cell"), keyName(Qt::Key_Tab)},
        {tr("Previous field or cell"), keyName(Qt::SHIFT | Qt::Key_Tab)},
        //: The key column: Alt with the letter underlined in a label or button.
        {tr("Go to the label or button with the underlined letter"), tr("Alt+underlined letter")}};
    for (const QStringList &row : others)
        new QTreeWidgetItem(group, {row.at(0), keyText(row.at(1))});
    m_list->expandAll();
    // The whole of each text and key, within the screen.
    int texts = 0; // what column 0 needs: the widest text, indented as the tree shows it
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *top = m_list->topLevelItem(g);
        texts = std::max(texts, QFontMetrics(top->font(0)).horizontalAdvance(top->text(0)));
        for (int i = 0; i < top->childCount(); ++i)
            texts =
                std::max(texts, m_list->fontMetrics().horizontalAdvance(top->child(i)->text(0)) +
                                    m_list->indentation());
    }
    int keys = m_list->header()->sectionSizeHint(1);
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        keys = std::max(keys, m_list->fontMetrics().horizontalAdvance((*it)->text(1)));
    const int wanted = texts + keys + 4 * m_list->fontMetrics().averageCharWidth() +
                       2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width() +
                       (width() - m_list->width());
    growToWidth(this, wanted);
}

QString ShortcutsDialog::keysOf(const QString &text) const {
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0) == text)
                return group->child(i)->text(1).remove(QChar(0x202A)).remove(QChar(0x202C));
        }
    }
    return {};
}

void ShortcutsDialog::retranslate() {
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("The &keys of the main window, menu by menu:"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    // The actions take their new names after this event; the list follows them.
    m_rebuild->start();
}

void ShortcutsDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace fb
