#pragma once

namespace fb {

// For the command line, where stderr is read by a person: the log's debug, info and warning
// lines (technical detail, driver texts) are kept out of it unless FIELDBOOK_DEBUG is set;
// the command says what went wrong in its own words. Critical and fatal lines still show.
void hideLogUnlessDebugging();

} // namespace fb
