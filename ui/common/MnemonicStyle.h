#pragma once

#include <QProxyStyle>

namespace fb {

// Draws mnemonic underlines only while Alt is held when the interface is in a script whose
// letters join (Arabic). Qt draws an underlined letter as a run of its own, which cuts it
// from its neighbours; hidden, the word is drawn whole and Alt+letter still works. In other
// scripts the underlines show as the base style says.
class MnemonicStyle : public QProxyStyle {
    Q_OBJECT
public:
    MnemonicStyle();

    // Makes this the application's style (QApplication owns it from then on).
    static void install();

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

    static bool lettersJoin(); // the interface's script joins its letters

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setAltHeld(bool held);

    bool m_altHeld = false;
};

} // namespace fb
