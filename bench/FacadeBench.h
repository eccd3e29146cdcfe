#pragma once

#include "Database.h"

namespace fb::bench {

struct SaveFigures {
    double rate = 0;           // acknowledged saves per second
    double longestStallMs = 0; // of the GUI thread's event loop while saving
};

struct Latency {
    int samples = 0;
    double facadeP50 = 0, facadeP99 = 0; // microseconds
    double bareP50 = 0, bareP99 = 0;
};

// Measures Fieldbook's facade and worker from the GUI thread's point of view.
class FacadeBench {
public:
    explicit FacadeBench(const BookSpec &spec);

    SaveFigures saveThroughput(int saves);
    Latency roundTrips(int samples);
    QString table() const { return m_form.table; }

private:
    Database m_db;
    FormDef m_form;
};

} // namespace fb::bench
