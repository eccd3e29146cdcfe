// Pictures of the main window, the designer and the trash with a sample book, in English and
// in Arabic (right to left), for people to look at.

#include "UiTestSupport.h"

#include "FormDesignerDialog.h"
#include "InterfaceLanguage.h"
#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordTableModel.h"
#include "TrashDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {
// Saves `widget` as `name` in the screenshot folder and checks it is a real picture.
void saveScreenshot(QWidget *widget, const QString &name) {
    const QString dir = QStringLiteral(FIELDBOOK_SCREENSHOT_DIR);
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(name);
    QFile::remove(path);
    ASSERT_TRUE(widget->grab().save(path));
    const QImage image(path);
    EXPECT_EQ(image.size(), widget->size() * widget->devicePixelRatio());
    EXPECT_GT(QFileInfo(path).size(), 20000) << "a real picture, not a blank one";
    // Not one colour: count a few distinct pixels.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 20);
}
} // namespace

TEST_F(UiTest, ScreenshotOfTheMainWindow) {
    const QStringList species{u"Robin"_qs, u"Blackbird"_qs, u"Wren"_qs, u"Song thrush"_qs,
                              u"Chaffinch"_qs};
    MainWindow *w = openWindow(sampleForm(u"Bird survey"_qs), 42, [&](int i) {
        return QVariantMap{
            {u"title"_qs, species.at(i % species.size())},
            {u"notes"_qs, i % 4 ? QVariant() : QVariant(u"Seen near the pond"_qs)},
            {u"count"_qs, (i * 7) % 13 + 1},
            {u"amount"_qs, QStringLiteral("%1.%2").arg(i % 9).arg(i % 10 * 5, 2, 10, QChar(u'0'))},
            {u"day"_qs, QDate(2024, 5, 1).addDays(i / 3)},
            {u"at"_qs, QTime(6, 0).addSecs(i * 600)},
            {u"done"_qs, i % 2 == 0},
            {u"colour"_qs, QStringList{u"red"_qs, u"green"_qs, u"blue"_qs}.at(i % 3)},
            {u"tags"_qs, QStringList{u"a"_qs, u"c"_qs}}};
    });
    w->resize(1200, 800);
    w->controller()->goToRow(2);
    ASSERT_TRUE(waitUntil([&] { return w->controller()->currentRow() == 2; }));
    ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->isLoaded(20); }));
    const FormDef form = w->database()->forms().front();
    runCoroutine([&]() -> QCoro::Task<> {
        for (const qint64 id : {5, 9})
            EXPECT_TRUE((co_await w->database()->trashRecord(form.id, id)).ok());
    });
    // English and Arabic (right to left): the window, the designer and the trash.
    for (const QString &code : {u"en"_qs, u"ar"_qs}) {
        ASSERT_TRUE(InterfaceLanguage::apply(code));
        QCoreApplication::processEvents(); // the posted LanguageChange events
        QCoreApplication::processEvents(); // and the layouts they ask for
        ASSERT_TRUE(waitUntil([&] { return w->browser()->model()->isLoaded(20); }));
        saveScreenshot(w, u"main-window-%1.png"_qs.arg(code));
        EXPECT_EQ(w->size(), QSize(1200, 800));

        FormDesignerDialog designer(w->database(), form, w);
        designer.resize(1100, 600);
        showActive(&designer);
        saveScreenshot(&designer, u"form-designer-%1.png"_qs.arg(code));
        designer.close();

        TrashDialog trash(w->database(), form, w);
        showActive(&trash);
        ASSERT_TRUE(waitUntil(
            [&] { return trash.model()->rowCount() == 2 && trash.model()->isLoaded(1); }));
        QCoreApplication::processEvents(); // the columns fitted to the page
        saveScreenshot(&trash, u"trash-%1.png"_qs.arg(code));
    }
    ASSERT_TRUE(InterfaceLanguage::apply(u"en"_qs));
}
