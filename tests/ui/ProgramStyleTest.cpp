// The program's style: mnemonic underlines in a script whose letters join are drawn only
// while Alt is held, so the words of an Arabic interface are drawn whole (in other scripts
// they show as always); dialog buttons carry no icons in any language.

#include "ProgramStyle.h"
#include "InterfaceLanguage.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace fb;
using namespace fb::test;

namespace {

class ProgramStyleTest : public ::testing::Test {
protected:
    void TearDown() override {
        QTest::keyRelease(&m_plain, Qt::Key_Alt);
        InterfaceLanguage::apply(u"en"_qs);
    }

    // The two buttons' pixels: one with the mnemonic, one with the same text without it.
    bool drawnAlike(const QString &withMnemonic) {
        m_marked.setText(withMnemonic);
        m_plain.setText(QString(withMnemonic).remove(u'&'));
        for (QPushButton *button : {&m_marked, &m_plain}) {
            button->setStyle(&m_style);
            button->setFixedSize(240, 40);
        }
        return m_marked.grab().toImage() == m_plain.grab().toImage();
    }

    ProgramStyle m_style;
    QPushButton m_marked;
    QPushButton m_plain;
};

TEST_F(ProgramStyleTest, ArabicWordsAreDrawnWholeUntilAltIsHeld) {
    ASSERT_TRUE(InterfaceLanguage::apply(u"ar"_qs));
    // نموذج: the underlined ن joins the letter after it; drawn as a run of its own, it would
    // stand alone.
    EXPECT_TRUE(drawnAlike(u"&نموذج"_qs));
    EXPECT_TRUE(drawnAlike(u"سج&ل"_qs));
    QTest::keyPress(&m_plain, Qt::Key_Alt);
    EXPECT_FALSE(drawnAlike(u"&نموذج"_qs)) << "while Alt is held the letter is underlined";
    QTest::keyRelease(&m_plain, Qt::Key_Alt);
    EXPECT_TRUE(drawnAlike(u"&نموذج"_qs));
}

TEST_F(ProgramStyleTest, LatinMnemonicsAreAlwaysUnderlined) {
    for (const QString &language : {u"en"_qs, u"de"_qs}) {
        ASSERT_TRUE(InterfaceLanguage::apply(language));
        EXPECT_FALSE(drawnAlike(u"&Save"_qs)) << language.toStdString();
    }
}

TEST_F(ProgramStyleTest, AltPlusTheHiddenLetterStillPressesTheButton) {
    ASSERT_TRUE(InterfaceLanguage::apply(u"ar"_qs));
    QWidget window;
    QPushButton button(u"&نموذج"_qs, &window);
    button.setStyle(&m_style);
    int pressed = 0;
    QObject::connect(&button, &QPushButton::clicked, [&] { ++pressed; });
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    // QTest::keyClick knows only Latin keys; the key of an Arabic letter is its code point.
    const QChar noon(u'ن');
    for (auto action : {QTest::Press, QTest::Release})
        QTest::sendKeyEvent(action, &window, Qt::Key(noon.unicode()), QString(noon),
                            Qt::AltModifier);
    // A button pressed by its mnemonic clicks after a moment (QAbstractButton::animateClick).
    EXPECT_TRUE(waitUntil([&] { return pressed == 1; }));
}

// A base style that gives dialog buttons icons, as the platform's does on a desktop.
class IconsStyle : public QProxyStyle {
public:
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override {
        return hint == SH_DialogButtonBox_ButtonsHaveIcons
                   ? 1
                   : QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

// The icons of a button box's buttons drawn in `style`, in the current language.
QList<bool> iconsIn(QStyle *style) {
    QDialogButtonBox box;
    box.setStyle(style); // before the buttons: each takes its icon when it is made
    box.setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                           QDialogButtonBox::Close);
    QList<bool> icons;
    const auto buttons = box.buttons();
    for (const QAbstractButton *button : buttons)
        icons << !button->icon().isNull();
    return icons;
}

TEST_F(ProgramStyleTest, DialogButtonsShowTheirTextWithoutAnIconInEveryDirection) {
    IconsStyle withIcons;
    ProgramStyle program(new IconsStyle); // owns its base
    for (const QString &language : {u"en"_qs, u"ar"_qs}) {
        ASSERT_TRUE(InterfaceLanguage::apply(language));
        EXPECT_EQ(iconsIn(&withIcons), QList<bool>(3, true)) << "the base style has icons";
        EXPECT_EQ(iconsIn(&program), QList<bool>(3, false)) << language.toStdString();
    }
}

} // namespace
