#pragma once
#include <QString>
#include <functional>

// Asked by every writer of a file made from the database (an export, a printed form, an evidence copy)
// right before the file is put in place (QSaveFile::commit, the rename of a finished workbook). The CLI
// installs a check that waits for the database's overlapped integrity check (OverlappedCheck) and refuses
// when the file turned out damaged, so nothing made from a damaged file is ever published. Without an
// installed check (the app, tests) it always passes.
class OutputBarrier
{
public:
    using Check = std::function<QString()>; // empty: go on; else why the output is discarded
    static void install(Check check);       // an empty Check removes it
    static QString pass();                  // any thread; blocks while the installed check waits
};
