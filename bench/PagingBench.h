#pragma once

#include "Database.h"

namespace fb::bench {

struct PagingFigures {
    qint64 rows = 0;
    double countMs = 0;     // median, request to result on the GUI thread
    double firstPageMs = 0; // 50 records sorted by a non-key field
    double lastPageMs = 0;
    double nextPageMs = 0; // the page after one in the middle, by key
};

// Fills a form with `rows` records (in bulk, outside the facade) and times reads through it.
class PagingBench {
public:
    explicit PagingBench(const BookSpec &spec);
    PagingFigures run(qint64 rows);
    Database &database() { return m_db; }
    const FormDef &form() const { return m_form; }

private:
    void fill(qint64 rows);
    double medianMs(const std::function<void()> &request, int runs = 15);

    BookSpec m_spec;
    Database m_db;
    FormDef m_form;
};

} // namespace fb::bench
