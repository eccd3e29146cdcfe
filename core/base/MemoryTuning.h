#pragma once

namespace fb {

// Tunes the C library's allocator for a window that must answer within a frame. Call once,
// first thing in main().
void tuneMemoryForResponsiveness();

} // namespace fb
