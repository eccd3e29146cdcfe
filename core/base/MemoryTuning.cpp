#include "MemoryTuning.h"

#include <malloc.h>

namespace fb {

void tuneMemoryForResponsiveness() {
#ifdef M_MXFAST
    // glibc keeps small freed blocks in "fast bins" and merges them all at once when a larger
    // block is asked for. After the GUI thread has freed tens of thousands of acknowledged
    // saves, that one merge took 40-100 ms of the event loop (profiled in fieldbook-bench).
    // Without fast bins each block is merged as it is freed: the same work, spread evenly.
    mallopt(M_MXFAST, 0);
#endif
    // A burst of saves moves blocks of hundreds of kilobytes to megabytes (mailbox chunks, a
    // group's replies). Above the default threshold such blocks are mapped fresh from the
    // kernel each time and every page faults in on the thread that touches it; from the heap
    // they are reused. Freed memory goes back to the system once 64 MB are free.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
}

} // namespace fb
