#pragma once

#include "SqlRun.h"

namespace fb {

// The versioned meta tables (prefix fb_) that make a database a book. Each version adds one
// migration; a book is migrated on open, in one transaction.
class MetaSchema {
public:
    static constexpr int currentVersion = 1;
    static constexpr const char16_t *application = u"fieldbook";

    static QStringList migrationTo(int version, const SqlDialect &dialect);
    // Brings a book at `fromVersion` (0: empty database) to currentVersion.
    static DbError migrate(SqlRun &sql, int fromVersion);
};

} // namespace fb
