#include "CheckReport.h"

#include "FormTexts.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>

#include <algorithm>

namespace fb {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fb::CheckReport)
};

int clamped(qint64 n) {
    return int(std::min<qint64>(n, INT_MAX));
}

} // namespace

int CheckReport::repairableCount() const {
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const CheckFinding &f) { return f.repairable(); }));
}

void CheckReport::add(CheckFinding finding) {
    ++found;
    if (findings.size() < findingsKept)
        findings << std::move(finding);
}

namespace CheckText {

QString where(const CheckFinding &finding, const QList<FormDef> &forms) {
    const auto form = std::find_if(forms.begin(), forms.end(),
                                   [&](const FormDef &f) { return f.id == finding.formId; });
    if (finding.formId == 0 || form == forms.end())
        return Text::tr("The book");
    QString text = FormTexts::formName(*form);
    if (finding.recordId > 0) {
        if (!finding.recordName.isEmpty())
            text = (finding.trashed ? Text::tr("%1, “%2” (in the trash)") : Text::tr("%1, “%2”"))
                       .arg(text, finding.recordName);
        else if (finding.created.isValid())
            text = (finding.trashed ? Text::tr("%1, the record made %2 (in the trash)")
                                    : Text::tr("%1, the record made %2"))
                       .arg(text, QLocale().toString(finding.created.toLocalTime(),
                                                     QLocale::ShortFormat));
        else
            text = Text::tr("%1, a record").arg(text);
    }
    if (const FieldDef *field = form->field(finding.field))
        text = Text::tr("%1, %2").arg(text, FormTexts::label(*field));
    return text;
}

QString summary(const CheckReport &report) {
    const QString checked = Text::tr("%1 and %2 checked")
                                .arg(Text::tr("%Ln form(s)", nullptr, report.forms),
                                     Text::tr("%Ln record(s)", nullptr, clamped(report.records)));
    if (report.sound())
        return Text::tr("The book is sound: %1.").arg(checked);
    const int mendable = report.repairableCount();
    if (mendable > 0 && mendable == report.found)
        return Text::tr("%Ln problem(s) found (%1); a repair can mend them.", nullptr,
                        clamped(report.found))
            .arg(checked);
    if (mendable > 0)
        return Text::tr("%Ln problem(s) found (%1); a repair can mend %2 of them.", nullptr,
                        clamped(report.found))
            .arg(checked, QLocale().toString(mendable));
    return Text::tr("%Ln problem(s) found (%1).", nullptr, clamped(report.found)).arg(checked);
}

QStringList lines(const CheckReport &report, const QList<FormDef> &forms) {
    QStringList out{summary(report)};
    for (const CheckFinding &finding : report.findings)
        out << Text::tr("%1: %2").arg(where(finding, forms), finding.what.message());
    if (report.found > report.findings.size())
        out << Text::tr("… and %Ln more problem(s).", nullptr,
                        clamped(report.found - report.findings.size()));
    return out;
}

QString step(const CheckProgress &progress) {
    switch (progress.step.load()) {
    case CheckProgress::Pages:
        return Text::tr("Checking every page of the book…");
    case CheckProgress::Links:
        return Text::tr("Checking the links between records…");
    case CheckProgress::Tables:
        return Text::tr("Checking the forms' tables…");
    case CheckProgress::Repairing:
        return Text::tr("Backing up the book and rebuilding its indexes…");
    default:
        return Text::tr("Checking the values: %1 of %Ln record(s)…", nullptr,
                        clamped(progress.total.load()))
            .arg(QLocale().toString(progress.done.load()));
    }
}

} // namespace CheckText

} // namespace fb
