#pragma once
#include <QList>
#include <QString>
#include <QStringList>

// A plain table (a header row and text rows, e.g. a list as shown on screen) written to one .xlsx
// sheet: every cell as text (ID numbers keep their digits), header bold and frozen. Written to a
// temporary file beside the target and renamed over it: the file appears complete or not at all.
class GridXlsx
{
public:
    static bool write(const QString &path, const QString &sheetName, const QStringList &header,
                      const QList<QStringList> &rows, QString *error);
};
