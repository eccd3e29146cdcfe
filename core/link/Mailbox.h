#pragma once

#include <mutex>
#include <utility>
#include <vector>

namespace fb {

// Values handed from one thread to another. The sender posts values and rings the
// receiver's doorbell (a queued signal without arguments) only when the mailbox was empty;
// the receiver takes everything at once. Every crossing goes through this one std::mutex, so
// ThreadSanitizer can check it even though the distribution's Qt is not instrumented, and a
// burst of requests costs one event, not one per request.
//
// Values are kept in chunks of fixed capacity: a burst of 100,000 requests never regrows one
// long vector (which copies every value and faults in megabytes of fresh pages at once, on
// the GUI thread); used chunks come back through giveBack() and are reused.
template <typename T> class Mailbox {
public:
    using Chunk = std::vector<T>;
    using Taken = std::vector<Chunk>;
    static constexpr std::size_t ChunkSize = 1024;

    ~Mailbox() {
        const std::lock_guard lock(m_mutex); // the last taker's writes happen-before this
    }

    // Returns true when the receiver must be woken (the mailbox was empty).
    bool post(T value) {
        const std::lock_guard lock(m_mutex);
        const bool wasEmpty = m_items.empty();
        if (m_items.empty() || m_items.back().size() == ChunkSize)
            m_items.push_back(freshChunk());
        m_items.back().push_back(std::move(value));
        return wasEmpty;
    }

    // Everything posted so far, in order. Hand it back with giveBack() once it is used up.
    Taken takeAll() {
        const std::lock_guard lock(m_mutex);
        return std::exchange(m_items, {});
    }

    // Empties the chunks here, on the receiver's thread, and keeps a few for the next posts.
    void giveBack(Taken &&used) {
        for (Chunk &chunk : used)
            chunk.clear();
        const std::lock_guard lock(m_mutex);
        while (!used.empty() && m_spareChunks.size() < MaxSpareChunks) {
            m_spareChunks.push_back(std::move(used.back()));
            used.pop_back();
        }
    }

    // The receiver hands a value it is done with back to the sender, whose thread made it:
    // freeing memory another thread allocated contends for that thread's allocator lock, and
    // the GUI thread must not wait for it.
    void giveBackSpent(T &&value) {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(value));
    }
    // Called by the sender: frees what came back (outside the lock).
    void freeSpent() {
        std::vector<T> spent; // destroyed after the lock is released
        const std::lock_guard lock(m_mutex);
        spent.swap(m_spent);
    }

private:
    static constexpr std::size_t MaxSpareChunks = 128;

    Chunk freshChunk() { // with the lock held
        if (!m_spareChunks.empty()) {
            Chunk chunk = std::move(m_spareChunks.back());
            m_spareChunks.pop_back();
            return chunk;
        }
        Chunk chunk;
        chunk.reserve(ChunkSize);
        return chunk;
    }

    std::mutex m_mutex;
    Taken m_items;
    std::vector<Chunk> m_spareChunks; // empty, with their capacity
    std::vector<T> m_spent;           // values the receiver is done with
};

} // namespace fb
