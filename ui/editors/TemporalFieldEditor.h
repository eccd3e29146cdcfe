#pragma once

#include "FieldEditor.h"

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace fb {

// A date, a time or a date and time, typed (ISO order, or the locale's short format) or
// picked from a calendar. Unlike QDateTimeEdit it can be left empty.
class TemporalFieldEditor : public FieldEditor {
    Q_OBJECT
public:
    explicit TemporalFieldEditor(const FieldDef &field, QWidget *parent = nullptr);

    QVariant value() const override;
    void setValue(const QVariant &value) override;
    QWidget *focusTarget() const override;

protected:
    void retranslate() override;

private:
    QString editFormat() const;
    void pickDate(const QDate &date);

    QLineEdit *m_edit;
    QToolButton *m_calendarButton = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QMenu *m_popup = nullptr;
};

} // namespace fb
