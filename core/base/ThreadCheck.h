#pragma once

class QObject;

namespace fb {

// Stops the program, naming both threads and the function, when the calling thread is not
// the one `object` lives in. Active in every build, unlike Q_ASSERT (compiled out of the
// release build the plain tests run): code on the wrong thread is the error this design
// cannot survive, and a test must see it wherever it happens.
void requireThreadOf(const QObject *object, const char *where);

} // namespace fb

#define FB_REQUIRE_THREAD_OF(object)                                                               \
    ::fb::requireThreadOf((object), static_cast<const char *>(Q_FUNC_INFO))
