#pragma once
#include "storage/PersonYearVerdict.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Whether the stored verdicts of a range of staff ids (from..to; one year, or every year for 0) are
// exactly the rows given (in staff, year order): the same person-years, each column equal, the hours
// the same 64 bits. What the full recompute uses to leave a current slice unwritten.
namespace StoredVerdictSlice {
struct Comparison
{
    bool equal = false;
    qsizetype storedRows = 0; // the stored rows of the range (and year)
};
// False (with error) when the stored rows could not be read.
bool compare(QSqlDatabase db, qint64 from, qint64 to, int year, const QList<PersonYearVerdict> &rows, Comparison *out,
             QString *error);
// The same 64 bits (a -0.0 is not a 0.0, a NaN equals the same NaN).
bool sameBits(double a, double b);
} // namespace StoredVerdictSlice
