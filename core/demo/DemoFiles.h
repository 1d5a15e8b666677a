#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class DemoData;

// The demo data as the import files a clerk would bring (for the import benchmarks): into a folder,
//   roster.csv, roster.xlsx      the people (the roster template's columns)
//   roster-changed.csv/.xlsx     the same people with every row changed (phone, department, education)
//   activities.csv               every person-year's standalone activities (one sheet, all kinds:
//                                the common columns and each kind's fields under their labels)
//   credits.csv                  the same activities for `cehours-cli credits --input` (machine names)
//   participants-NNN.csv         each event's participant list (the 汇总表 columns), NNN = event number
//   events.csv                   the events (title, kind, dates, days) for `cehours-cli event create`
// Files are UTF-8 (CSV with a BOM); the xlsx ones are written row by row (constant memory).
class DemoFiles
{
    Q_DECLARE_TR_FUNCTIONS(DemoFiles)

public:
    static bool write(const DemoData &data, const QString &folder, QStringList *written, QString *error);
};
