#pragma once

#include <QString>

namespace fb::bench {

struct WindowFigures {
    int rows = 0;
    double openToFirstRowsMs = 0; // openBook() until the paint that shows the first rows
    double formToFirstRowsMs = 0; // the table given the form until that paint
    double formToCountedMs = 0;   // ... until the table knows how many rows it has
    double jumpMs = 0;            // scroll bar set to the middle until its rows show
    double jumpStallMs = 0;       // longest GUI-thread stall meanwhile
    double longestStallMs = 0;    // of the GUI thread while scrolling top to bottom
    int stallsOver16Ms = 0;       // how many stalls while scrolling were longer than a frame
    int scrollSteps = 0;          // scroll-bar page steps, each waiting for its rows
    double scrollSeconds = 0;
    int pageRequests = 0; // asked of the database while scrolling
    int cachedPages = 0;  // held by the table after the scroll
    double rssBeforeMb = 0, rssFirstRowsMb = 0, rssAfterScrollMb = 0;
};

// Opens the real MainWindow on a book whose first form holds `rows` records and measures
// what a person sees: how soon the rows come, how smoothly they scroll, what memory it takes.
WindowFigures measureWindow(const QString &bookPath, int rows);

} // namespace fb::bench
