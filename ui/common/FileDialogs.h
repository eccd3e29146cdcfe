#pragma once

#include <QFileDialog>

namespace fb {

// The window's file dialogs: Qt's own, not the platform's (the same everywhere, and a test can
// fill them in), and never reading the files they list. Qt's dialog names a file's type from
// its contents when its ending is unknown, and opening and closing a book file (or its -wal
// or -shm) in this process drops every lock SQLite holds on it (POSIX locks belong to the
// process, not to the descriptor): another program could then change the book under the open
// window. So types and icons here come from names alone.

// A dialog to open() (no nested event loop under a coroutine) that deletes itself when closed.
// `name` is its object name, for tests.
QFileDialog *fileDialog(QWidget *parent, const QString &title, const QString &name);

// Asks for a file to open, or to save as (a nested event loop, as QFileDialog's own static
// functions have); empty when the person cancels.
QString askOpenFile(QWidget *parent, const QString &title, const QString &folder,
                    const QString &filter, const QString &name);
// `defaultSuffix`, when given, is added to a name typed without an ending before the dialog
// asks whether to replace a file of that name.
QString askSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                    const QString &filter, const QString &name, const QString &defaultSuffix = {});

} // namespace fb
