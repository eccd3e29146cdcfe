#pragma once

#include "BookSpec.h"
#include "FormDef.h"

#include <optional>

namespace fb {

class Database;

// For the commands that work on a book that is there (salvage, export, import): opens it,
// never making one where there is none, and waits until it is open.
enum class Opening { Open, NoBookFile, Failed }; // Failed: db.lastError() says why
Opening openExistingBook(Database &db, const BookSpec &spec);

// Opens `book` (a path or a server address); else says on stderr why not, naming the book and
// ending with `nothingDone`.
bool openBookSaying(Database &db, const QString &book, const QString &nothingDone);
// Opens `book` (a path or a server address) and finds the form called `formName` in it, by any
// of its names, ignoring case. Else says on stderr why not, naming the book and ending with
// `nothingDone` ("Nothing was written."), and gives none.
std::optional<FormDef> openBookForm(Database &db, const QString &book, const QString &formName,
                                    const QString &nothingDone);
// Backups the book makes before a change, with the settings' policy; one that cannot be made
// is said on stderr (the change goes ahead, as in the window).
void backUpBeforeChanges(Database &db);
// The book as messages name it.
QString shownBook(const QString &book);

} // namespace fb
