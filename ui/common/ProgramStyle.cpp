#include "ProgramStyle.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QWidget>

namespace fb {

ProgramStyle::ProgramStyle(QStyle *base)
    : QProxyStyle(base) {
    // Alt is followed wherever it is pressed: a menu, a dialog, the main window.
    qApp->installEventFilter(this);
}

void ProgramStyle::install() {
    QApplication::setStyle(new ProgramStyle); // NOLINT: QApplication takes ownership
}

bool ProgramStyle::lettersJoin() {
    // The interface language sets the default locale (InterfaceLanguage::apply).
    return QLocale().script() == QLocale::ArabicScript;
}

int ProgramStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                            QStyleHintReturn *returnData) const {
    if (hint == SH_UnderlineShortcut && !m_altHeld && lettersJoin())
        return 0;
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

bool ProgramStyle::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Alt)
            setAltHeld(event->type() == QEvent::KeyPress);
        break;
    }
    case QEvent::ApplicationDeactivate:
        setAltHeld(false); // Alt released in another window
        break;
    default:
        break;
    }
    return QProxyStyle::eventFilter(watched, event);
}

void ProgramStyle::setAltHeld(bool held) {
    if (held == m_altHeld)
        return;
    m_altHeld = held;
    if (!lettersJoin())
        return;
    // Children are painted with their window, so the open windows are enough.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible())
            window->update();
    }
}

} // namespace fb
