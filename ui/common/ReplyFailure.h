#pragma once

#include "Requests.h"
#include "WhenReady.h"

#include "WhenReady.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace fb {

using ErrorSink = std::function<void(const DbError &)>;

// Hands a reply's error, if it has one, to `sink`, in `context`'s thread; nothing happens
// once `context` is gone.
template <typename T> void onFailure(QFuture<Reply<T>> future, QObject *context, ErrorSink sink) {
    whenReady(future, context, [sink = std::move(sink)](const Reply<T> &reply) {
        if (!reply.ok() && sink)
            sink(reply.error);
    });
}

} // namespace fb
