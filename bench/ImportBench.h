#pragma once

#include "BookSpec.h"

namespace fb::bench {

struct ImportFigures {
    qint64 rows = 0;
    double fieldbookRate = 0; // rows/s through CsvImport (read, converted, validated, written)
    double rawRate = 0;       // rows/s of the baseline (see measureImport)
    double longestStallMs = 0;
    double idleStallMs = 0; // the same heartbeat's longest gap with nothing to do, as long
    double peakRssMb = 0;   // the process's peak resident memory after the import
    double cancelMs = 0;    // from Cancel to the answer, a quarter into a second import
};

// Writes a CSV file of `rows` generated rows with six typed columns, ";" between them (a text
// with commas in every fifth row, a long text quoted with a ";" and a line break in every
// seventh, an integer, a decimal, an ISO date, true/false, as COPY reads them too) and imports
// it into a new form of the book `spec`, timed against the engine's own loading of the same
// rows into the same table and indexes: SQLite, the C API with one prepared insert in one
// transaction; PostgreSQL, COPY … FROM STDIN of the same file. Then a second import of the
// same file is cancelled a quarter of the way in.
ImportFigures measureImport(const BookSpec &spec, qint64 rows, const QString &folder);

} // namespace fb::bench
