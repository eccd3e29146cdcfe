#include "ConflictDialog.h"

#include "DisplayText.h"
#include "FieldValues.h"
#include "FormTexts.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fb {

using FieldValues::same;

ConflictDialog::ConflictDialog(const FormDef &form, const QVariantMap &before,
                               const QVariantMap &mine, const QVariantMap &theirs, QWidget *parent)
    : QDialog(parent)
    , m_form(form)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_intro(new QLabel(this))
    , m_mineHeader(new QLabel(this))
    , m_theirsHeader(new QLabel(this))
    , m_allMine(new QPushButton(this))
    , m_allTheirs(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"conflictDialog"_qs);
    m_allMine->setObjectName(u"keepAllMine"_qs);
    m_allTheirs->setObjectName(u"takeAllTheirs"_qs);
    m_intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(m_mineHeader, 0, 1);
    grid->addWidget(m_theirsHeader, 0, 2);
    for (const FieldDef &field : form.fields) {
        if (same(mine.value(field.key), theirs.value(field.key)))
            continue;
        const int row = int(m_rows.size()) + 1;
        auto *group = new QButtonGroup(this);
        Row r{new QLabel(this), new QRadioButton(this), new QRadioButton(this)};
        r.mine->setObjectName(u"mine_"_qs + field.key);
        r.theirs->setObjectName(u"theirs_"_qs + field.key);
        group->addButton(r.mine);
        group->addButton(r.theirs);
        // Whoever changed the field wins by default; typed here beats stored.
        const bool typedHere = !same(mine.value(field.key), before.value(field.key));
        (typedHere ? r.mine : r.theirs)->setChecked(true);
        grid->addWidget(r.label, row, 0);
        grid->addWidget(r.mine, row, 1);
        grid->addWidget(r.theirs, row, 2);
        m_keys << field.key;
        m_rows << r;
    }
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_allMine);
    sides->addWidget(m_allTheirs);
    sides->addStretch();
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_intro);
    outer->addLayout(grid);
    outer->addLayout(sides);
    outer->addWidget(m_buttons);
    connect(m_allMine, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter saves the merge as chosen (each field starts on the side that changed it); Escape
    // is Cancel, which keeps the edits in the form.
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    retranslate();
}

void ConflictDialog::chooseAll(bool mine) {
    for (const Row &r : std::as_const(m_rows))
        (mine ? r.mine : r.theirs)->setChecked(true);
}

QVariantMap ConflictDialog::merged() const {
    QVariantMap values = m_theirs;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].mine->isChecked())
            values.insert(m_keys[i], m_mine.value(m_keys[i]));
    }
    return values;
}

void ConflictDialog::retranslate() {
    setWindowTitle(tr("Someone Else Changed This Record"));
    m_intro->setText(tr("This record was changed and saved elsewhere while you were editing it. "
                        "For each field that differs, choose which value to save."));
    m_mineHeader->setText(tr("<b>Mine</b>", "the values typed in this window"));
    m_theirsHeader->setText(tr("<b>Theirs</b>", "the values saved elsewhere"));
    m_allMine->setText(tr("Keep All &Mine"));
    m_allTheirs->setText(tr("Take All &Theirs"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Merged Record"));
    const QLocale locale;
    for (int i = 0; i < m_rows.size(); ++i) {
        const FieldDef *field = m_form.field(m_keys[i]);
        const auto shown = [&](const QVariant &v) {
            const QString text = DisplayText::of(*field, v, locale);
            return text.isEmpty() ? tr("(empty)") : text;
        };
        m_rows[i].label->setText(FormTexts::label(*field));
        m_rows[i].mine->setText(tr("Keep mine: %1").arg(shown(m_mine.value(m_keys[i]))));
        m_rows[i].theirs->setText(tr("Take theirs: %1").arg(shown(m_theirs.value(m_keys[i]))));
    }
}

void ConflictDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace fb
