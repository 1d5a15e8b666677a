#pragma once
#include <QString>

// Qt binds a null QString as SQL NULL; text columns declared NOT NULL DEFAULT '' need ''.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
