#pragma once
#include "jobs/JobControl.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

// One long task for a worker thread: what the window shows while it runs and the callable that does
// it. The callable runs on the worker with its own connection to the same database file (open, current
// schema), reports through the JobControl and checks isCanceled() where it can; any Transaction it
// commits after Cancel rolls back instead (see Transaction::commit). It returns false with *error set
// when it failed or stopped.
//
// The callable must not touch widgets or the window's connection; it hands its results back through
// variables it captured (read them once the job has finished).
struct Job
{
    enum class Access {
        Reads,  // read-only connection; the window's edits go on
        Writes, // holds SQLite's single write lock: edits elsewhere in the program are refused meanwhile
        NoDatabase, // works on files only (db is an invalid QSqlDatabase)
    };
    using Body = std::function<bool(QSqlDatabase db, JobControl &control, QString *error)>;

    QString title; // "Importing roster", shown as the dialog's title
    Access access = Access::Reads;
    Body run;
    // False for a job that cannot stop half-way without harm (replacing the database file): the
    // dialog shows no Cancel.
    bool cancelable = true;
};
