#pragma once
#include "domain/Staff.h"

#include <QCoreApplication>

class AppContext;
class QWidget;

// Submitting a person's year (locks it) and reopening it with a reason, through Prompter.
// submit() lists the counted activities that have no evidence file and asks before locking;
// reopen() refuses an empty reason with a message (never closes silently).
class YearSubmission
{
    Q_DECLARE_TR_FUNCTIONS(YearSubmission)

public:
    static bool submit(AppContext *context, const Staff &staff, int year, QWidget *parent);
    static bool reopen(AppContext *context, const Staff &staff, int year, QWidget *parent);
    // Titles of the counted activities of the year without any evidence file.
    static QStringList countedWithoutEvidence(AppContext *context, qint64 staffId, int year);
};
