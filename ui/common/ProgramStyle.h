#pragma once

#include <QProxyStyle>

namespace fb {

// The base style with two corrections:
// - In a script whose letters join (Arabic), mnemonic underlines are drawn only while Alt is
//   held. Qt draws an underlined letter as a run of its own, which cuts it from its
//   neighbours; hidden, the word is drawn whole and Alt+letter still works. In other scripts
//   the underlines show as the base style says.
// - Dialog buttons (OK, Cancel, Close) carry no icons: right to left, Qt 6.4 draws such a
//   button's text against its edge and the icon in the middle. Without icons in every
//   language, a person switching language sees the same buttons.
class ProgramStyle : public QProxyStyle {
    Q_OBJECT
public:
    // Over `base` (owned from then on), or over the platform's default style.
    explicit ProgramStyle(QStyle *base = nullptr);

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
