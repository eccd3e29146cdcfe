#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QFuture>
#include <QPromise>

#include <memory>

namespace fb {

// Opens `dialog` window-modal (QDialog::open(), no nested event loop) and answers, once it is
// finished, with `read(result)`, taken while the dialog still exists; `ifGone` if the dialog is
// destroyed first (its window closed under it). The dialog deletes itself once finished.
// `ifGone` is answered from the event loop: the dialog usually dies with its parent, and a
// continuation run from inside the parent's destructor would see half an object.
// A coroutine awaits the future: it resumes in the GUI thread, from the event loop.
template <typename T, typename Read>
QFuture<T> openForAnswer(QDialog *dialog, Read read, T ifGone) {
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    const auto answer = [promise](T value) {
        if (promise->future().isFinished())
            return;
        promise->addResult(std::move(value));
        promise->finish();
    };
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, read, answer](int result) {
        answer(read(result));
        dialog->deleteLater();
    });
    QObject::connect(dialog, &QObject::destroyed, [answer, ifGone] {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [answer, ifGone] { answer(ifGone); },
            Qt::QueuedConnection);
    });
    dialog->open();
    return future;
}

} // namespace fb
