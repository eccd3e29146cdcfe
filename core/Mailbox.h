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
template <typename T> class Mailbox {
public:
    ~Mailbox() {
        const std::lock_guard lock(m_mutex); // the last taker's writes happen-before this
    }

    // Returns true when the receiver must be woken (the mailbox was empty).
    bool post(T value) {
        const std::lock_guard lock(m_mutex);
        m_items.push_back(std::move(value));
        return m_items.size() == 1;
    }

    // Everything posted so far. Hand the vector back with giveBack() once it is used up.
    std::vector<T> takeAll() {
        const std::lock_guard lock(m_mutex);
        std::vector<T> taken = std::exchange(m_items, std::exchange(m_spare, {}));
        return taken;
    }

    // Keeps a used vector's capacity for the next posts: a burst of 100,000 requests would
    // otherwise grow a fresh vector each time, and every new page faults in on the sender's
    // thread, the GUI's. The values are destroyed here, on the receiver's thread.
    void giveBack(std::vector<T> &&used) {
        used.clear();
        const std::lock_guard lock(m_mutex);
        if (used.capacity() > m_spare.capacity())
            m_spare.swap(used);
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
    std::mutex m_mutex;
    std::vector<T> m_items;
    std::vector<T> m_spare; // empty, with the capacity of an earlier burst
    std::vector<T> m_spent; // values the receiver is done with
};

} // namespace fb
