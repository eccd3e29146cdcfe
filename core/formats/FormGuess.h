#pragma once

#include "FormDef.h"
#include "ValueReading.h"

namespace fb {

// A form for a CSV file that has none yet: a field per column, labelled by its header (or
// "Column 3"), typed by what every value of the column reads as (ValueReader, with `rules`):
// whole numbers, numbers with decimal places (as many as the values have), dates, times,
// dates with times, yes/no words; a text with a line break or over a line's length is a long
// text, anything else a text. A column with no values is a text. `rows` is a sample of the
// file's first rows. The person edits it in the designer before it is created.
FormDef guessForm(const QString &name, const QStringList &header, const QList<QStringList> &rows,
                  const ValueRules &rules);

} // namespace fb
