#pragma once
#include <QCoreApplication>
#include <QString>

// The roster import template users download: the Chinese headers in template order, as
// .csv (UTF-8 with BOM, so Excel opens it) or .xlsx (ID column formatted as text, with a
// second sheet 填写说明 explaining every column).
class StaffTemplate
{
    Q_DECLARE_TR_FUNCTIONS(StaffTemplate)

public:
    static bool write(const QString &path, QString *error); // by extension: .csv or .xlsx
    static QByteArray csv();
    static bool writeXlsx(const QString &path, QString *error);
};
