#include "ExistingBook.h"

#include "Database.h"
#include "WaitFor.h"

#include <QFileInfo>

namespace fb {

Opening openExistingBook(Database &db, const BookSpec &spec) {
    // Opening a path that holds no book would create one.
    if (spec.backend == BookSpec::Backend::Sqlite && !QFileInfo(spec.path).isFile())
        return Opening::NoBookFile;
    db.open(spec);
    waitFor(db.settled());
    return db.state() == BookState::Open || db.state() == BookState::ReadOnly ? Opening::Open
                                                                              : Opening::Failed;
}

} // namespace fb
