#include "TemporalFieldEditor.h"

#include "DisplayText.h"

#include <QCalendarWidget>
#include <QDateTime>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace fb {

namespace {
template <typename T>
T parse(const QString &text, const QStringList &formats, const QLocale &locale) {
    for (const QString &format : formats) {
        T value = T::fromString(text, format);
        if (value.isValid())
            return value;
    }
    // As the record table shows it (the year in full), or the locale's short format.
    if constexpr (std::is_same_v<T, QDate>) {
        if (const QDate d = locale.toDate(text, DisplayText::dateFormat(locale)); d.isValid())
            return d;
        return locale.toDate(text, QLocale::ShortFormat);
    } else if constexpr (std::is_same_v<T, QTime>) {
        return locale.toTime(text, QLocale::ShortFormat);
    } else {
        if (const QDateTime dt = locale.toDateTime(text, DisplayText::dateTimeFormat(locale));
            dt.isValid())
            return dt;
        return locale.toDateTime(text, QLocale::ShortFormat);
    }
}
} // namespace

TemporalFieldEditor::TemporalFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this)) {
    // Room for the longest value and the clear button.
    const QString longest = field.type == FieldType::Date   ? u"0000-00-00"_qs
                            : field.type == FieldType::Time ? u"00:00:00"_qs
                                                            : u"0000-00-00 00:00:00"_qs;
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(longest) + 36);
    m_edit->setMaximumWidth(m_edit->minimumWidth());
    m_edit->setClearButtonEnabled(true);
    if (field.type != FieldType::Time) {
        m_calendarButton = new QToolButton(this);
        m_calendarButton->setObjectName(u"calendarButton"_qs);
        m_calendarButton->setText(u"…"_qs);
        m_calendarButton->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field
        m_calendarButton->setPopupMode(QToolButton::InstantPopup);
        m_popup = new QMenu(m_calendarButton);
        m_calendar = new QCalendarWidget(m_popup);
        auto *action = new QWidgetAction(m_popup);
        action->setDefaultWidget(m_calendar);
        m_popup->addAction(action);
        m_calendarButton->setMenu(m_popup);
        connect(m_popup, &QMenu::aboutToShow, this, [this] {
            const QVariant v = value();
            const QDate current =
                v.typeId() == QMetaType::QDate ? v.toDate() : v.toDateTime().date();
            m_calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
        });
        connect(m_calendar, &QCalendarWidget::activated, this, &TemporalFieldEditor::pickDate);
        connect(m_calendar, &QCalendarWidget::clicked, this, &TemporalFieldEditor::pickDate);
    }
    if (m_calendarButton)
        layOut({m_edit, m_calendarButton}, true);
    else
        layOut({m_edit}, true);
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, &FieldEditor::committed);
    retranslate();
}

void TemporalFieldEditor::retranslate() {
    // The format is shown as a person reads it, e.g. "YYYY-MM-DD".
    switch (field().type) {
    case FieldType::Date:
        //: Placeholder showing the typed format: Y year, M month, D day digits.
        m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
        break;
    case FieldType::Time:
        //: Placeholder showing the typed format: H hour, M minute digits.
        m_edit->setPlaceholderText(tr("HH:MM"));
        break;
    default:
        m_edit->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
        break;
    }
    if (m_calendarButton)
        m_calendarButton->setToolTip(tr("Pick a date from the calendar"));
}

QString TemporalFieldEditor::editFormat() const {
    switch (field().type) {
    case FieldType::Date:
        return u"yyyy-MM-dd"_qs;
    case FieldType::Time:
        return u"HH:mm"_qs;
    default:
        return u"yyyy-MM-dd HH:mm"_qs;
    }
}

void TemporalFieldEditor::pickDate(const QDate &date) {
    if (field().type == FieldType::Date) {
        setValue(date);
    } else {
        const QVariant v = value();
        const QTime time = v.typeId() == QMetaType::QDateTime ? v.toDateTime().time() : QTime(0, 0);
        setValue(QDateTime(date, time));
    }
    m_popup->close();
    Q_EMIT committed();
}

QVariant TemporalFieldEditor::value() const {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    switch (field().type) {
    case FieldType::Date:
        if (const QDate d = parse<QDate>(text, {u"yyyy-MM-dd"_qs}, locale()); d.isValid())
            return d;
        break;
    case FieldType::Time:
        if (const QTime t =
                parse<QTime>(text, {u"H:mm"_qs, u"H:mm:ss"_qs, u"H:mm:ss.zzz"_qs}, locale());
            t.isValid())
            return t;
        break;
    default:
        if (const QDateTime dt =
                parse<QDateTime>(text,
                                 {u"yyyy-MM-dd H:mm"_qs, u"yyyy-MM-dd H:mm:ss"_qs,
                                  u"yyyy-MM-dd H:mm:ss.zzz"_qs, u"yyyy-MM-ddTH:mm:ss"_qs},
                                 locale());
            dt.isValid())
            return dt;
        break;
    }
    return text; // the validator explains what is wrong with it
}

void TemporalFieldEditor::setValue(const QVariant &value) {
    // Seconds are shown only when there are some, so nothing is lost by showing it.
    // Milliseconds too: a time shown without them would be saved without them with the next
    // edit of any other field.
    const auto format = [this](const QTime &t) {
        if (t.msec())
            return editFormat() + u":ss.zzz"_qs;
        return t.second() ? editFormat() + u":ss"_qs : editFormat();
    };
    QString text;
    if (value.typeId() == QMetaType::QDate)
        text = value.toDate().toString(editFormat());
    else if (value.typeId() == QMetaType::QTime)
        text = value.toTime().toString(format(value.toTime()));
    else if (value.typeId() == QMetaType::QDateTime) {
        const QDateTime local = value.toDateTime().toLocalTime();
        text = local.toString(format(local.time()));
    } else
        text = value.toString();
    if (m_edit->text() != text)
        m_edit->setText(text);
    const int needed = m_edit->fontMetrics().horizontalAdvance(text) + 36;
    if (needed > m_edit->minimumWidth()) { // a value with milliseconds
        m_edit->setMinimumWidth(needed);
        m_edit->setMaximumWidth(needed);
    }
}

QWidget *TemporalFieldEditor::focusTarget() const {
    return m_edit;
}

} // namespace fb
