#pragma once
#include "domain/Staff.h"

#include <QCoreApplication>

// The profile block of the person page (HTML table). Empty fields stay empty: no "（正高级）" without
// a title, no lone "/" between two empty values.
class PersonProfile
{
    Q_DECLARE_TR_FUNCTIONS(PersonProfile)

public:
    static QString html(const Staff &staff);
    // "a / b" leaving out empty parts ("" when both are empty).
    static QString joined(const QStringList &parts);
};
