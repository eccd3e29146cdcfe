#pragma once

#include "BookSpec.h"

namespace fb {

class Database;

// For the commands that only read a book (salvage, export): opens it, never making one where
// there is none, and waits until it is open.
enum class Opening { Open, NoBookFile, Failed }; // Failed: db.lastError() says why
Opening openExistingBook(Database &db, const BookSpec &spec);

} // namespace fb
