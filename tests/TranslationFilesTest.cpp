// The shipped translations: complete, current with the sources, and faithful to their
// placeholders and accelerators.
#include "ProgramRun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

using fb::test::ProgramRun;
using fb::test::runProgram;

const QString translationsDir = QStringLiteral(FIELDBOOK_SOURCE_DIR "/translations");

struct Message {
    QString context;
    QString source;
    QString type;      // of the translation: "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString &path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            messages.append(Message{context, {}, {}, {}});
        else if (name == u"source" && !messages.isEmpty())
            messages.back().source = xml.readElementText();
        else if (name == u"translation" && !messages.isEmpty()) {
            messages.back().type = xml.attributes().value(QStringLiteral("type")).toString();
            // Either text, or <numerusform> children; readElementText would drop those.
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != u"translation") {
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    messages.back().forms.append(xml.readElementText());
            }
            if (messages.back().forms.isEmpty())
                messages.back().forms.append(text);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral(R"(%L?\d+|%L?n|\[\*\])"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

int accelerators(const QString &text) {
    return int(QString(text).remove(QStringLiteral("&&")).count(u'&'));
}

std::string where(const Message &m) {
    return (m.context + u": "_qs + m.source).toStdString();
}

class TranslationFile : public testing::TestWithParam<const char *> {
protected:
    QString path() const {
        return translationsDir + u"/fieldbook_"_qs + QLatin1String(GetParam()) + u".ts"_qs;
    }
};

TEST_P(TranslationFile, IsCompleteWithTheSourcesPlaceholdersAndAccelerators) {
    const QList<Message> messages = readTs(path());
    ASSERT_FALSE(messages.isEmpty());
    for (const Message &m : messages) {
        EXPECT_TRUE(m.type.isEmpty()) << where(m) << " is " << m.type.toStdString();
        for (const QString &form : m.forms) {
            EXPECT_FALSE(form.trimmed().isEmpty()) << where(m);
            EXPECT_EQ(placeholders(form), placeholders(m.source))
                << where(m) << " → " << form.toStdString();
            EXPECT_EQ(accelerators(form), accelerators(m.source))
                << where(m) << " → " << form.toStdString();
        }
    }
}

// lupdate run on today's sources adds nothing to translate and finds nothing gone.
TEST_P(TranslationFile, HoldsEveryStringOfTheSources) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(path()).fileName());
    ASSERT_TRUE(QFile::copy(path(), copy));
    QStringList arguments{QStringLiteral(FIELDBOOK_SOURCE_DIR "/core"),
                          QStringLiteral(FIELDBOOK_SOURCE_DIR "/ui"),
                          QStringLiteral(FIELDBOOK_SOURCE_DIR "/app"),
                          u"-silent"_qs,
                          u"-locations"_qs,
                          u"none"_qs,
                          u"-ts"_qs,
                          copy};
    if (QLatin1String(GetParam()) == u"en")
        arguments.append(u"-pluralonly"_qs);
    const ProgramRun lupdate = runProgram(QStringLiteral(FIELDBOOK_LUPDATE), arguments);
    ASSERT_TRUE(lupdate.finished);
    ASSERT_EQ(lupdate.exitCode, 0) << lupdate.err.toStdString();
    for (const Message &m : readTs(copy))
        EXPECT_TRUE(m.type.isEmpty()) << where(m) << " is " << m.type.toStdString();
}

// Qt underlines a mnemonic by cutting the text there, which breaks the joining of Arabic
// letters (تحرير drawn as "ت حرير") unless the letter before the cut joins nothing after it.
TEST(ArabicTranslation, MnemonicsKeepTheLettersJoined) {
    static const QString joinsNothingAfter = u"اأإآدذرزوؤءة"_qs;
    for (const Message &m : readTs(translationsDir + u"/fieldbook_ar.ts"_qs)) {
        for (const QString &form : m.forms) {
            const QString text = QString(form).replace(u"&&"_qs, u"__"_qs);
            const qsizetype at = text.indexOf(u'&');
            if (at <= 0)
                continue;
            const QChar before = text.at(at - 1);
            const bool arabic = before.script() == QChar::Script_Arabic && before.isLetter();
            EXPECT_TRUE(!arabic || joinsNothingAfter.contains(before))
                << where(m) << " → " << form.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationFile, testing::Values("de", "fr", "es", "ar", "en"));

} // namespace
